//! Connection strings with an inline password: database and broker URIs,
//! JDBC URLs, ADO.NET/ODBC strings, Azure Cache for Redis, and credentials
//! in any URL.
//!
//! Only the password is reported, so redaction keeps the rest readable:
//! `postgres://app:[POSTGRES_PASSWORD_1]@db:5432/app`. URI syntax follows
//! RFC 3986 (`scheme://user:password@host`); scheme names are the ones the
//! drivers document (libpq `postgres`/`postgresql`, SQLAlchemy
//! `dialect+driver://`, MongoDB `mongodb+srv`, Redis `rediss`, RabbitMQ
//! `amqps`). JDBC follows each driver's `;password=`/`&password=` property
//! and Oracle's `user/password@` thin form; ADO.NET keywords are
//! `Password`/`Pwd` after `Server`/`Data Source`. Azure Cache for Redis
//! strings are `<name>.redis.cache.windows.net:6380,password=<44-char
//! base64 key>,ssl=True`. Placeholder passwords (`password`, `changeme`,
//! `${VAR}`, `****`, the user name repeated) are dropped.

use super::generic::weak_password;
use crate::rule::{Candidate, Mask, Rule, Severity, Trigger, Verdict};
use crate::validate::shannon_entropy;

/// `scheme://user:password@host` with the password as group 1.
macro_rules! uri {
    ($scheme:literal) => {
        concat!(
            "(?i:",
            $scheme,
            r")://([A-Za-z0-9._~%!$&()*+,;=-]*):([A-Za-z0-9._~%!$&()*+,;=:@#?/\[\]^|{}<>-]+)@(?:[A-Za-z0-9-]|\[[0-9A-Fa-f:.]+\])"
        )
    };
}

/// Byte offset of `inner` inside `outer` (both slices of the scanned text).
fn offset_in(outer: &str, inner: &str) -> usize {
    (inner.as_ptr() as usize).saturating_sub(outer.as_ptr() as usize)
}

/// The user name of a `scheme://user:password@` match.
fn uri_user<'a>(c: &Candidate<'a>) -> &'a str {
    let before = &c.matched[..offset_in(c.matched, c.value).min(c.matched.len())];
    let after_scheme = before.find("://").map_or(before, |i| &before[i + 3..]);
    after_scheme.strip_suffix(':').unwrap_or(after_scheme)
}

/// A URI password that is not a placeholder or the user name repeated.
fn uri_password(c: &Candidate) -> Verdict {
    // People write passwords with `?`, `/`, `#` and `@` unescaped, and
    // drivers cope; but `host:5432/db?…@` is a port and a path, not a
    // password.
    let port_path =
        c.value.split(['/', '?']).next().is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
            && c.value.contains(['/', '?']);
    if port_path || c.value.len() > 128 || weak_password(c.value, uri_user(c)) {
        Verdict::Invalid
    } else {
        Verdict::Plausible
    }
}

/// Credentials in an arbitrary URL: also not a port number
/// (`http://host:8080@…` is a URL-confusion trick, not a password).
fn url_password(c: &Candidate) -> Verdict {
    if c.value.bytes().all(|b| b.is_ascii_digit()) && c.value.len() <= 5 {
        return Verdict::Invalid;
    }
    // `cvs://:pserver:anoncvs@host`: a CVSROOT access method, no user.
    if uri_user(c).is_empty() && c.value.contains(':') {
        return Verdict::Invalid;
    }
    uri_password(c)
}

/// A query-string token: after percent-decoding, long enough, letters
/// and digits, random-looking, and no placeholder or template.
fn query_token(c: &Candidate) -> Verdict {
    let v = c.value;
    let decoded_len = v.len() - 2 * v.matches('%').count();
    let letters = v.bytes().any(|b| b.is_ascii_alphabetic());
    let digits = v.bytes().any(|b| b.is_ascii_digit());
    if decoded_len < 16 || !letters || !digits || shannon_entropy(v) < 3.3 || weak_password(v, "") {
        return Verdict::Invalid;
    }
    Verdict::Plausible
}

/// A password property (JDBC, ADO.NET) that is not a placeholder.
fn property_password(c: &Candidate) -> Verdict {
    if c.value.len() > 128 || weak_password(c.value, "") {
        Verdict::Invalid
    } else {
        Verdict::Plausible
    }
}

/// Rules of this family.
pub const RULES: &[Rule] = &[
    rule! {
        id: "postgres-uri-password",
        title: "PostgreSQL connection URI with password",
        about: about!("A libpq or SQLAlchemy URI carrying the database password inline; only the password is reported."),
        label: "POSTGRES_PASSWORD",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["postgres://", "postgresql://", "postgres+", "postgresql+"]),
        pattern: uri!(r"postgres(?:ql)?(?:\+[a-z0-9]+)?"),
        value_group: 2,
        max_len: 300,
        validate: Some(uri_password),
        mask: Mask::All,
        positives: examples![
            "psql won't connect: DATABASE_URL=postgres://app:«Vx9!kq2Lr7@pz»@db.internal:5432/app",
            "engine = create_engine(\"postgresql+psycopg2://etl_user:«hT4pQ2wZx8»@10.0.3.7/warehouse\")",
            // Reserved characters left unescaped in the password.
            "psql \"postgres://report:«Zq7?mW#2x/Lp@9»@pg.internal:5432/sales\" -c 'select 1'",
        ],
        negatives: examples![
            "DATABASE_URL=postgres://postgres:postgres@localhost:5432/app",
            "postgres://user:password@localhost/db",
            "postgresql://app:${DB_PASSWORD}@db:5432/app",
            "postgres://app@db:5432/app",
            "postgres://app:****@db:5432/app",
            "postgres://db.internal:5432/app?application_name=etl@reports",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "mysql-uri-password",
        title: "MySQL/MariaDB connection URI with password",
        about: about!("A MySQL, MariaDB or MySQL X URI carrying the password inline; only the password is reported."),
        label: "MYSQL_PASSWORD",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["mysql://", "mysqlx://", "mysql+", "mariadb://", "mariadb+"]),
        pattern: uri!(r"(?:mysqlx?|mariadb)(?:\+[a-z0-9]+)?"),
        value_group: 2,
        max_len: 300,
        validate: Some(uri_password),
        mask: Mask::All,
        positives: examples![
            "SQLALCHEMY_DATABASE_URI = 'mysql+pymysql://shop:«Kp3#vRt8qz»@mysql-prod:3306/shop'",
            "try mariadb://root:«N0tTh3R00t!»@127.0.0.1:3306/test and it says access denied",
        ],
        negatives: examples![
            "mysql://root:root@localhost:3306/test",
            "mysql://user:<password>@host/db",
            "mysql://root@localhost/test",
            "mysql://shop:changeme@mysql-prod:3306/shop",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "mongodb-uri-password",
        title: "MongoDB connection URI with password",
        about: about!("A `mongodb://` or `mongodb+srv://` URI carrying the password inline; only the password is reported."),
        label: "MONGODB_PASSWORD",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["mongodb://", "mongodb+srv://"]),
        pattern: uri!(r"mongodb(?:\+srv)?"),
        value_group: 2,
        max_len: 300,
        validate: Some(uri_password),
        mask: Mask::All,
        positives: examples![
            "MONGO_URI=mongodb+srv://api-svc:«q8ZrT2mWv9xL»@cluster0.ab1cd.mongodb.net/prod?retryWrites=true",
            "client = MongoClient('mongodb://admin:«s7%40Lp0q!W»@mongo-0:27017,mongo-1:27017/?replicaSet=rs0')",
        ],
        negatives: examples![
            "mongodb+srv://<username>:<password>@cluster0.mongodb.net/",
            "mongodb://localhost:27017/test",
            "mongodb://admin:admin@mongo-0:27017",
            "mongodb+srv://api-svc:xxxxxxxx@cluster0.ab1cd.mongodb.net/",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "redis-uri-password",
        title: "Redis connection URI with password",
        about: about!("A `redis://` or `rediss://` URI carrying the password (with or without a user name); only the password is reported."),
        label: "REDIS_PASSWORD",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["redis://", "rediss://"]),
        pattern: uri!(r"rediss?"),
        value_group: 2,
        max_len: 300,
        validate: Some(uri_password),
        mask: Mask::All,
        positives: examples![
            "REDIS_URL=rediss://default:«Ab7Qx2LmN9pR4tVw»@redis-12345.c1.us-east-1.cloud.redislabs.com:12345",
            "celery broker is redis://:«pX9v2KqL8w»@cache:6379/0",
        ],
        negatives: examples![
            "redis://localhost:6379/0",
            "redis://:${REDIS_PASSWORD}@cache:6379/0",
            "redis://:password@cache:6379",
            "rediss://default:****@host:6380",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "amqp-uri-password",
        title: "AMQP (RabbitMQ) URI with password",
        about: about!("An `amqp://` or `amqps://` broker URI carrying the password inline; only the password is reported."),
        label: "AMQP_PASSWORD",
        severity: Severity::High,
        trigger: Trigger::Prefix(&["amqp://", "amqps://"]),
        pattern: uri!(r"amqps?"),
        value_group: 2,
        max_len: 300,
        validate: Some(uri_password),
        mask: Mask::All,
        positives: examples![
            "CELERY_BROKER_URL=amqps://orders:«Rb8#qT3vXz»@b-1234.mq.eu-west-1.amazonaws.com:5671",
            "pika.URLParameters('amqp://worker:«m4Q9zL2xVp»@rabbit:5672/%2F')",
        ],
        negatives: examples![
            "amqp://guest:guest@localhost:5672/",
            "amqp://localhost",
            "amqp://user:pass@rabbit:5672",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "mssql-uri-password",
        title: "SQL Server connection URI with password",
        about: about!("An `mssql://`, `mssql+driver://` or `sqlserver://` URI carrying the password inline; only the password is reported."),
        label: "MSSQL_PASSWORD",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["mssql://", "mssql+", "sqlserver://"]),
        pattern: uri!(r"(?:mssql|sqlserver)(?:\+[a-z0-9]+)?"),
        value_group: 2,
        max_len: 300,
        validate: Some(uri_password),
        mask: Mask::All,
        positives: examples![
            "mssql+pyodbc://reporting:«Qz7!wPx3Lk»@sql01.corp.local:1433/Sales?driver=ODBC+Driver+18",
            "sqlserver://sa:«Str0ng!Passw0rd»@localhost:1433?database=master",
        ],
        negatives: examples![
            "mssql://sa:sa@localhost",
            "sqlserver://localhost:1433?database=master",
            "mssql+pyodbc://user:{password}@server/db",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "cockroachdb-uri-password",
        title: "CockroachDB connection URI with password",
        about: about!("A `cockroachdb://` (SQLAlchemy) URI carrying the password inline; only the password is reported."),
        label: "COCKROACHDB_PASSWORD",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["cockroachdb://", "cockroachdb+"]),
        pattern: uri!(r"cockroachdb(?:\+[a-z0-9]+)?"),
        value_group: 2,
        max_len: 300,
        validate: Some(uri_password),
        mask: Mask::All,
        positives: examples![
            "cockroachdb://maxroach:«Lq8vR2zX7wNp»@free-tier.gcp-us-central1.cockroachlabs.cloud:26257/bank?sslmode=verify-full",
            "engine = create_engine('cockroachdb+psycopg2://app:«t9Kx!2mQvB»@crdb:26257/app')",
        ],
        negatives: examples![
            "cockroachdb://root@localhost:26257/defaultdb?sslmode=disable",
            "cockroachdb://maxroach:<password>@host:26257/bank",
            "cockroachdb://app:secret@crdb:26257/app",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "clickhouse-uri-password",
        title: "ClickHouse connection URI with password",
        about: about!("A `clickhouse://` (or `clickhouses://`, `clickhouse+driver://`) URI carrying the password inline; only the password is reported."),
        label: "CLICKHOUSE_PASSWORD",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["clickhouse://", "clickhouses://", "clickhouse+"]),
        pattern: uri!(r"clickhouses?(?:\+[a-z0-9]+)?"),
        value_group: 2,
        max_len: 300,
        validate: Some(uri_password),
        mask: Mask::All,
        positives: examples![
            "CLICKHOUSE_URL=clickhouses://analytics:«Hx7pQ2vLz9»@abc123.eu-central-1.aws.clickhouse.cloud:8443/default",
            "clickhouse+native://etl:«W3rq!9ZpK»@ch-node-1:9000/events",
        ],
        negatives: examples![
            "clickhouse://default:@localhost:9000/default",
            "clickhouse://localhost:8123",
            "clickhouse://default:default@localhost:9000",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "snowflake-uri-password",
        title: "Snowflake connection URI with password",
        about: about!("A `snowflake://user:password@account/...` SQLAlchemy URI; only the password is reported."),
        label: "SNOWFLAKE_PASSWORD",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["snowflake://"]),
        pattern: uri!(r"snowflake"),
        value_group: 2,
        max_len: 300,
        validate: Some(uri_password),
        mask: Mask::All,
        positives: examples![
            "engine = create_engine('snowflake://DBT_USER:«Sn0w!f4kePw9»@xy12345.eu-central-1/ANALYTICS/PUBLIC?warehouse=WH')",
            "SNOWFLAKE_URL=snowflake://loader:«q2W9zLx7Rv»@acme-prod/RAW",
        ],
        negatives: examples![
            "snowflake://<user>:<password>@<account>/<db>",
            "snowflake://loader@acme-prod/RAW?authenticator=externalbrowser",
            "snowflake://loader:%s@acme-prod/RAW",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "jdbc-password",
        title: "JDBC URL with password",
        about: about!("A JDBC URL carrying a `password=`/`pwd=` property or Oracle's `user/password@` form; only the password is reported."),
        label: "DB_PASSWORD",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["jdbc:"]),
        pattern: r"jdbc:(?:[a-z0-9]+:[A-Za-z0-9._~%:;/?&=@\[\]+,-]*?[;?&:](?i:password|pwd)=|oracle:thin:[A-Za-z0-9._$#-]+/)([A-Za-z0-9!#$%()*+,./:<=>?\[\]^_{|}~-]+)",
        value_group: 1,
        max_len: 512,
        validate: Some(property_password),
        mask: Mask::All,
        positives: examples![
            "spring.datasource.url=jdbc:sqlserver://sql01:1433;databaseName=erp;user=erp_app;password=«Pw8!zKq3Lm»;encrypt=true",
            "jdbc:mysql://db:3306/shop?user=shop&password=«Tq9xV2pL7w»&useSSL=true",
            "conn = jdbc:oracle:thin:scott/«T1ger2024x»@//ora-prod:1521/ORCLPDB1",
        ],
        negatives: examples![
            "jdbc:postgresql://db:5432/app?user=app&password=${DB_PASSWORD}",
            "jdbc:mysql://localhost:3306/test?user=root&password=password",
            "jdbc:postgresql://db:5432/app?sslmode=require",
            "jdbc:sqlserver://sql01:1433;databaseName=erp;integratedSecurity=true",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "connection-string-password",
        title: "ADO.NET/ODBC connection string with password",
        about: about!("A `Server=…;User Id=…;Password=…;` style connection string (SQL Server, MySQL Connector/NET, Npgsql, ODBC); only the password is reported."),
        label: "DB_PASSWORD",
        severity: Severity::Critical,
        trigger: Trigger::Near { words: &["password=", "password =", "pwd="], before: 400, after: 140 },
        pattern: r"(?i)\b(?:server|data source|datasource|host|hostname|address|addr|network address)\s*=\s*[A-Za-z0-9._,:\\()\[\] -]+;[A-Za-z0-9 =;._@,:\\()\[\]-]*?\b(?:password|pwd)\s*=\s*[{'\x22]?([A-Za-z0-9!#$%()*+,./:<=>?@\[\]^_|~-]+)",
        value_group: 1,
        max_len: 800,
        validate: Some(property_password),
        mask: Mask::All,
        positives: examples![
            "\"DefaultConnection\": \"Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password=«Zx8!qL2vTp»;Encrypt=True;\"",
            "Driver={ODBC Driver 18 for SQL Server};Server=sql01;Database=erp;UID=report;PWD=«Rq7pW2xZ9k»;",
            "Host=pg.internal;Port=5432;Database=app;Username=app;Password=«v9Lq2Xw7Tz»",
        ],
        negatives: examples![
            "Server=localhost;Database=app;Trusted_Connection=True;",
            "Server=db;Database=app;User Id=sa;Password=<YourStrong@Passw0rd>;",
            "Server=db;Database=app;User Id=sa;Password=${SA_PASSWORD};",
            "Data Source=app.db;Password=password;",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "azure-redis-connection-string",
        title: "Azure Cache for Redis connection string",
        about: about!("A StackExchange.Redis connection string for Azure Cache for Redis carrying the 44-character access key."),
        label: "AZURE_REDIS_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&[".redis.cache.windows.net"]),
        pattern: r"\.redis\.cache\.windows\.net(?::[0-9]{2,5})?,(?:[A-Za-z]+=[A-Za-z0-9.]+,){0,4}(?i:password)=([A-Za-z0-9+/]{43}=)",
        value_group: 1,
        max_len: 200,
        word_boundary: false,
        min_entropy: 4.0,
        mask: Mask::All,
        positives: examples![
            "\"Redis\": \"acme-cache.redis.cache.windows.net:6380,password=«q3V9xLp2Wz8Rt7Kb4Nm6Yc1Hd5Jf0Gs2Aa9Ee3Uu7Qw=»,ssl=True,abortConnect=False\"",
            "REDIS_CONN=orders.redis.cache.windows.net:6380,ssl=True,password=«Zt8Qx2Lp9Wv4Rm7Kc3Nb6Yh1Gd5Jf0Es2Aa9Uu3Oo7X=»",
        ],
        negatives: examples![
            "acme-cache.redis.cache.windows.net:6380,password=<access-key>,ssl=True",
            "acme-cache.redis.cache.windows.net:6380,ssl=True,abortConnect=False",
            "acme-cache.redis.cache.windows.net:6380,password=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "url-credentials",
        title: "Credentials in a URL",
        about: about!("A `scheme://user:password@host` URL (HTTP, FTP, LDAP, SMTP, Git…) carrying a password; only the password is reported."),
        label: "URL_PASSWORD",
        severity: Severity::High,
        // The scheme ends at `://` and the credentials follow it: the window
        // needs nothing after the marker (it stretches to the end of the URL).
        trigger: Trigger::Near { words: &["://"], before: 26, after: 0 },
        // The host is only checked to start like one: matching it whole
        // would lengthen every match for nothing.
        pattern: r"\b[A-Za-z][A-Za-z0-9+.-]{1,24}://([A-Za-z0-9._~%!$&()*+,;=-]*):([A-Za-z0-9._~%!$&()*+,;=:@#\[\]^|{}<>-]+)@(?:[A-Za-z0-9-]|\[[0-9A-Fa-f:.]+\])",
        value_group: 2,
        max_len: 420,
        validate: Some(url_password),
        mask: Mask::All,
        generic: true,
        positives: examples![
            "pip install -i https://deploy:«Kq8vX2pLz9»@pypi.internal.acme.io/simple mypkg",
            "ftp://backup:«R7t!qW2zLx»@files.acme.io/nightly/ is refusing my login",
            "ldaps://cn=svc-ldap,dc=acme:«Lp9x!Q2wZr»@ldap.acme.io:636",
        ],
        negatives: examples![
            "https://user:password@example.com/",
            "http://localhost:8080@evil.test/login",
            "https://api.github.com/repos/acme/app",
            "https://admin:admin@router.local/",
            "git clone git@github.com:acme/app.git",
            "cvs -d cvs://:pserver:anoncvs@sources.acme.org:/cvs/src login",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "url-query-token",
        title: "Token in a URL query string",
        about: about!("An API key, access token, password or signature passed as a URL query parameter (`?api_key=`, `&access_token=`, `?token=`, `&sig=`, OAuth 2.0's `access_token` of RFC 6750 §2.3); the value must be token-like after percent-decoding."),
        label: "URL_TOKEN",
        severity: Severity::High,
        // Punctuation-led keywords are matched anywhere: `?token=` and
        // `&token=` are rare outside URLs.
        trigger: Trigger::Near {
            words: &[
                "?api_key=", "&api_key=", "?apikey=", "&apikey=", "?api-key=", "&api-key=", "?key=", "&key=",
                "?access_token=", "&access_token=", "#access_token=", "?auth_token=", "&auth_token=", "?token=",
                "&token=", "?private_token=", "&private_token=", "?refresh_token=", "&refresh_token=",
                "?client_secret=", "&client_secret=", "?secret=", "&secret=", "?sig=", "&sig=", "?signature=",
                "&signature=", "?password=", "&password=", "?auth=", "&auth=", "?accesstoken=", "&accesstoken=",
            ],
            before: 0,
            after: 24,
        },
        pattern: r"(?i)[?&#;](?:api[_-]?key|key|access_?token|auth_?token|token|private_token|refresh_token|client_secret|secret|sig|signature|password|auth)=([A-Za-z0-9%._~+/=-]{8,})",
        value_group: 1,
        max_len: 2100,
        validate: Some(query_token),
        mask: Mask::All,
        confidence: 0.8,
        generic: true,
        positives: examples![
            "GET https://api.weatherly.io/v3/forecast?q=Berlin&api_key=«f3a9c2e87b1d4c6a9e0f5b2d7c8a1e34» returns 401",
            "the redirect lands on https://app.acme.io/callback#access_token=«Zr7Yq2Lx9Kp4Wv8Tm3Nb6Hc1»&token_type=bearer&expires_in=3600",
            "curl 'https://gitlab.acme.io/api/v4/projects?private_token=«Kx2vLq8Zr4Tn7Wm1Pb5Y»'",
            "wss://stream.acme.io/v1/events?token=«eR4tY7uI9oP2aS5dF8gH1jK3»",
        ],
        negatives: examples![
            "https://api.acme.io/v1/items?api_key=YOUR_API_KEY",
            "https://api.acme.io/v1/items?token=${TOKEN}",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ&key=value",
            "https://app.acme.io/reset?token=expired",
            "https://api.acme.io/v1/items?page=2&sort=desc",
            "https://accounts.acme.io/verify?token=12345678",
        ],
        ..Rule::SECRET
    },
];
