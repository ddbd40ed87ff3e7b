#!/usr/bin/env python3
"""Writes secrets-contexts.jsonl and code-negatives.jsonl: the assignment
contexts of code and config that people paste (XML, typed declarations,
Makefiles, PHP, env setters, headers, CLI flags, .npmrc, NuGet, ADO.NET,
Kubernetes Secrets, HCL, .properties, YAML/TOML/INI/JSON), credential
commands, URL query tokens, base64-wrapped JWTs, DB URIs with reserved
characters, mangled PEM keys; and hard negatives from pasted code whose
values are identifiers, expressions, types and paths.

Written from the syntaxes' own documentation (XML, Go/Java/Kotlin/Rust/
TypeScript/C# grammars, GNU make's assignment operators, PHP's `.=` and
`=>`, RFC 6750 for query tokens, RFC 3986 for URIs, Kubernetes' Secret
`data` field as base64) with made-up values. Deterministic: the same seed
writes the same files (`python3 tests/corpus/generate_contexts.py`).
Every prompt has a `context`; the corpus test reports per context.
"""
import base64, json, random, string, os

R = random.Random(20261207)
HERE = os.path.dirname(os.path.abspath(__file__))
ALNUM = string.ascii_letters + string.digits
BAD = ("example", "test", "xxxx", "0000", "dummy", "sample", "fake", "your")


def token(n=24, alphabet=ALNUM):
    while True:
        t = "".join(R.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in t) and any(c.isalpha() for c in t) and not any(b in t.lower() for b in BAD):
            return t


def password():
    words = ["Harbor", "Falcon", "Quartz", "Maple", "Orbit", "Cinder", "Velvet", "Tundra", "Lumen", "Saffron"]
    sym = R.choice("!#%&*+?@^~")
    return f"{R.choice(words)}{sym}{R.randint(10, 99)}{token(4)}"


VENDORS = ["acme", "orbital", "kestrel", "nimbus", "quill", "harbor", "lattice", "vireo"]
prompts = []


def add(ctx, text, value, kind="generic-secret"):
    assert value in text, (ctx, value)
    prompts.append({"id": f"c{len(prompts) + 1:04d}", "context": ctx, "text": text,
                    "labels": [{"value": value, "category": "secret", "kind": kind, "context": ctx}]})


for round_ in range(2):
    v = R.choice(VENDORS)
    V = v.upper()
    t = lambda: token(R.choice([20, 24, 32, 40]))
    x = t(); add("xml-element", f"Our Spring config has this block, why is the client unauthorized?\n<{v}>\n  <apiToken>\n    {x}\n  </apiToken>\n</{v}>", x)
    x = password(); add("xml-attribute", f'<dataSource url="jdbc:postgresql://db:5432/app" user="app" password="{x}" /> is in context.xml, tomcat still says auth failed', x, "password")
    x = t(); add("go-typed", f'package main\n\nvar {v}Token string = "{x}"\n\nfunc main() {{ client.New({v}Token) }}\nwhy does go vet complain?', x)
    x = t(); add("java-typed", f'private static final String {V}_API_TOKEN = "{x}";\n// is a static final field thread safe here?', x)
    x = t(); add("kotlin-typed", f'object Config {{\n    val apiToken: String = "{x}"\n}}\nhow do I move this to BuildConfig?', x)
    x = t(); add("typescript-typed", f"export class {v.title()}Client {{\n  private readonly apiKey: string = '{x}';\n}}\nrefactor this to take the key from the constructor", x)
    x = t(); add("rust-const", f'const {V}_TOKEN: &str = "{x}";\nfn main() {{ println!("{{}}", {V}_TOKEN.len()); }}\nclippy says nothing, is this ok?', x)
    x = t(); add("csharp-typed", f'public const string ApiSecret = "{x}";\nShould this be in appsettings.json instead?', x)
    x = t(); add("makefile-colon-equals", f"{V}_TOKEN := {x}\ndeploy:\n\tcurl -H \"X-Token: $({V}_TOKEN)\" https://deploy.{v}.io\nwhy does make expand it twice?", x)
    x = t(); add("makefile-posix", f"API_TOKEN ::= {x}\nall:\n\t./push.sh", x)
    x = t(); add("makefile-conditional", f"{V}_SECRET ?= {x}\nexport {V}_SECRET", x)
    x = t(); add("makefile-append", f"AUTH_TOKEN += {x}\nbuild: ; @echo done", x)
    x = t(); add("php-append", f"<?php\n$apiToken = '';\n$apiToken .= '{x}';\n$client = new Client($apiToken);", x)
    x = t(); add("php-array", f"<?php\nreturn [\n    'api_key' => '{x}',\n    'region' => 'eu',\n];\nlaravel config cache ignores this", x)
    x = t(); add("java-setproperty", f'System.setProperty("{V}_API_TOKEN", "{x}");\nis this visible to other threads?', x)
    x = t(); add("python-environ", f'import os\nos.environ["{V}_TOKEN"] = "{x}"\nimport {v}_sdk', x)
    x = t(); add("node-process-env", f"process.env.{V}_SECRET = '{x}'\nrequire('./server')", x)
    x = t(); add("c-setenv", f'setenv("{V}_API_KEY", "{x}", 1);\nexecvp(argv[0], argv);', x)
    x = t(); add("shell-export", f"export {V}_ACCESS_TOKEN={x}\n./bin/sync --all\nthe sync says 403", x)
    x = t(); add("http-header", f"GET /v2/reports HTTP/1.1\nHost: api.{v}.io\nX-Api-Key: {x}\nAccept: application/json\n\nwhat does a 429 here mean?", x)
    x = t(); add("authorization-token", f"curl -H 'Authorization: Token {x}' https://api.{v}.io/v1/me", x)
    x = t(); add("cli-flag", f"{v} deploy --region eu-west-1 --token {x} --yes\nthe deploy hangs at 90%", x)
    x = t(); add("cli-flag-equals", f"{v}-cli login --api-key={x}", x)
    x = token(36); add("npmrc", f"my ~/.npmrc:\n//npm.{v}.io/:_authToken={x}\nalways-auth=true\nnpm install still 401s", x)
    x = password(); add("nuget-config", f'<packageSourceCredentials>\n  <{v}>\n    <add key="Username" value="ci" />\n    <add key="ClearTextPassword" value="{x}" />\n  </{v}>\n</packageSourceCredentials>', x, "password")
    x = password(); add("adonet", f'"ConnectionStrings": {{ "Default": "Server=sql.{v}.local;Database=shop;User Id=app;Password={x};" }}', x, "password")
    x = password(); add("jdbc", f"spring.datasource.url=jdbc:mysql://db.{v}.local:3306/shop?user=app&password={x}", x, "password")
    raw = token(28); x = base64.b64encode(raw.encode()).decode()
    add("kubernetes-secret-data", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {v}-api\ntype: Opaque\ndata:\n  api-token: {x}\n\nthe pod can't read it", x)
    x = t(); add("terraform", f'provider "{v}" {{\n  api_token = "{x}"\n  region    = "eu"\n}}', x)
    x = password(); add("properties", f"{v}.datasource.password={x}\n{v}.datasource.username=app", x, "password")
    x = t(); add("yaml", f"{v}:\n  client_secret: {x}\n  client_id: web", x)
    x = t(); add("toml", f'[{v}]\naccess_key = "{x}"\nendpoint = "https://s3.{v}.io"', x)
    x = t(); add("ini", f"[{v}]\nsecret_key = {x}\nregion = eu", x)
    x = t(); add("json", f'{{"{v}": {{"auth_token": "{x}", "retries": 3}}}}', x)
    x = token(32); add("url-query", f"this worked yesterday: https://api.{v}.io/v2/search?q=berlin&api_key={x} now 401", x)
    x = token(40); add("url-query-access-token", f"GET https://graph.{v}.io/me?fields=id,name&access_token={x}", x)
    x = password(); add("docker-login", f"docker login -u deploy -p {x} registry.{v}.io\nWARNING! Using --password via the CLI is insecure.", x, "password")
    x = password(); add("mysql-cli", f"mysql -h db.{v}.local -u app -p{x} shop < dump.sql", x, "password")
    p = R.choice(["Zq7?mW#2x/Lp@", "Rt4#vX@9?kL", "Hb8@qZ/3#wN"]) + str(R.randint(10, 99))
    add("db-uri-reserved", f'psql "postgres://report:{p}@pg.{v}.local:5432/sales" -c "select 1"', p, "password")
    x = token(24); add("vault-login", f"vault login hvs.{x}\nError: permission denied", "hvs." + x, "vault-token")

h = base64.urlsafe_b64encode(b'{"alg":"RS256","typ":"JWT"}').rstrip(b"=").decode()
p = base64.urlsafe_b64encode(b'{"sub":"svc-sync","exp":1893456000}').rstrip(b"=").decode()
s = base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(64))).rstrip(b"=").decode()
wrapped = base64.b64encode(f"{h}.{p}.{s}".encode()).decode()
add("base64-jwt", f"the CI variable SYNC_AUTH is {wrapped} and the API says the token is malformed", wrapped, "jwt")

body_lines = [token(64, string.ascii_letters + string.digits + "+/") for _ in range(5)]
pem = "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(body_lines) + "\n-----END RSA PRIVATE KEY-----"
add("pem-armor", f"this key from the wiki fails with 'bad base64 decode', a line got lost when someone pasted it:\n{pem}", pem, "private-key")

# Hard negatives: code whose values are identifiers, expressions, types, paths.
negatives = [
    ("python-index", "user, host, password = auth[0], auth[1], auth[2]\npassword = auth[2]\nconn = connect(host, user, password)"),
    ("python-kwarg", "class Store:\n    def read(self, name, pwd=None):\n        return self._open(name, pwd)"),
    ("js-optional-chain", "const m = line.match(re);\nconst password = result.groups?.password\nconst token = result.groups?.token ?? defaultToken"),
    ("rust-struct-types", "pub struct Login {\n    pub user: String,\n    pass: String,\n    secret_key: Option<String>,\n    decomposition_passthrough_bound: u32,\n}"),
    ("minified-js", "var e={passwordVerification:O&&d.verify(n),tokenRefresh:function(t){return t.token||s.token},apiKey:r.apiKey};"),
    ("bazel-comment", "# run from the workspace root; pwd=execroot/my_wksp\nbazel build //src:all"),
    ("go-typed-var", "var apiToken string = os.Getenv(\"API_TOKEN\")\nvar secretKey []byte = loadKey(path)"),
    ("java-typed-field", "private final String apiToken = config.getApiToken();\nString password = credentials.getPassword();"),
    ("kotlin-typed-var", "val apiToken: String = BuildConfig.API_TOKEN\nval secret: String? = prefs.getString(\"secret\", null)"),
    ("ts-typed-param", "constructor(private readonly apiKey: string, private token: AccessToken) {}\nconst secret: string = process.env.SECRET ?? ''"),
    ("rust-let", "let token = self.next_token()?;\nlet api_key: &str = &config.api_key;\nlet password = prompt_password(\"Password: \")?;"),
    ("makefile-vars", "TOKEN_URL := https://auth.internal/token\nAPI_TOKEN ?= $(shell cat .token)\nSECRET_FILE += secrets/prod.env"),
    ("php-vars", "$apiToken .= $suffix;\n$config['api_key'] => $request->input('api_key');\n$password = $_POST['password'];"),
    ("setproperty-var", "System.setProperty(\"X_TOKEN\", token);\nSystem.setProperty(\"API_SECRET\", cfg.secret());"),
    ("environ-var", "os.environ[\"API_TOKEN\"] = token\nprocess.env.API_TOKEN = config.token\nsetenv(\"API_KEY\", key, 1);"),
    ("xml-placeholders", "<apiToken>${API_TOKEN}</apiToken>\n<password>{{ db_password }}</password>\n<add key=\"ClearTextPassword\" value=\"%NUGET_PASSWORD%\" />"),
    ("header-placeholders", "X-Api-Key: {{api_key}}\nAuthorization: Token <your token>\nAuthorization: Bearer $ACCESS_TOKEN"),
    ("cli-placeholders", "acme deploy --token $DEPLOY_TOKEN\nacme login --api-key=\"$(pass show acme/api)\"\ndocker login -u ci -p \"$REGISTRY_PASSWORD\" registry.acme.io"),
    ("npmrc-env", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n@acme:registry=https://npm.acme.io/"),
    ("k8s-weak-data", "kind: Secret\ndata:\n  password: Y2hhbmdlbWU=\n  username: YWRtaW4="),
    ("query-placeholders", "GET https://api.acme.io/v1/items?api_key=YOUR_API_KEY&page=2\nhttps://app.acme.io/reset?token=expired"),
    ("adonet-integrated", "Server=sql01;Database=shop;Integrated Security=true;Password=;"),
    ("pem-placeholder", "-----BEGIN PRIVATE KEY-----\n<paste the contents of key.pem here>\n-----END PRIVATE KEY-----"),
    ("terraform-var", "provider \"acme\" {\n  api_token = var.acme_token\n  password  = data.vault_generic_secret.db.data[\"password\"]\n}"),
    ("yaml-refs", "auth:\n  client_secret: ${CLIENT_SECRET}\n  token: !vault secret/data/app#token\n  password: *default_password"),
    ("c-decl", "static const char *password = NULL;\nchar secret_key[SECRET_KEY_LEN];\nint token_count = tokenize(buf, tokens);"),
    ("sql-ddl", "CREATE TABLE users (id serial, password_hash text NOT NULL, api_token varchar(64) UNIQUE);"),
    ("type-annotations", "def login(user: str, password: str, token: Optional[str] = None) -> Session:\n    ..."),
    ("swift-decl", "let apiKey: String = Bundle.main.infoDictionary?[\"API_KEY\"] as? String ?? \"\""),
    ("shell-read", "read -rsp 'Password: ' password\nexport API_TOKEN=$(vault kv get -field=token secret/app)"),
]
neg_prompts = [{"id": f"k{i + 1:04d}", "context": ctx, "text": f"{text}\n\nCan you review this code?", "labels": []}
               for i, (ctx, text) in enumerate(negatives)]

for name, rows in (("secrets-contexts.jsonl", prompts), ("code-negatives.jsonl", neg_prompts)):
    with open(os.path.join(HERE, name), "w") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(prompts), "context prompts,", len(neg_prompts), "code negatives")
