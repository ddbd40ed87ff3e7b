#!/usr/bin/env bash
# Creates the throwaway private/public keys that generate.py embeds in the corpus.
# Run once; the output is committed so generate.py stays deterministic.
# These keys were never used anywhere: they exist only as detector test data.
set -euo pipefail
cd "$(dirname "$0")/keys"
rm -f ./*.pem ./*.key ./*.pub ./*.ppk ./*.asc ./*.crt
openssl genrsa -traditional -out rsa512_pkcs1.pem 512 2>/dev/null
openssl genrsa -traditional -out rsa1024_pkcs1.pem 1024 2>/dev/null
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:768 -out rsa768_pkcs8.pem 2>/dev/null
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out rsa1024_pkcs8.pem 2>/dev/null
openssl ecparam -name prime256v1 -genkey -noout -out ec_p256_sec1.pem
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ec_p256_pkcs8.pem
openssl genpkey -algorithm ED25519 -out ed25519_pkcs8.pem
openssl genpkey -algorithm ED25519 -out ed25519b_pkcs8.pem
openssl pkcs8 -topk8 -in rsa512_pkcs1.pem -v2 aes-128-cbc -passout pass:corpus-only -out rsa512_encrypted_pkcs8.pem
# public counterparts and a certificate (hard negatives)
openssl pkey -in rsa768_pkcs8.pem -pubout -out rsa768_public.pem
openssl pkey -in ec_p256_pkcs8.pem -pubout -out ec_p256_public.pem
openssl req -new -x509 -key ec_p256_pkcs8.pem -subj "/CN=corpus.invalid" -days 3650 -out selfsigned.crt 2>/dev/null
for i in 1 2 3 4; do ssh-keygen -q -t ed25519 -N "" -C "corpus-key-$i" -f openssh_ed25519_$i.key; done
ssh-keygen -q -t rsa -b 1024 -N "" -C "corpus-rsa" -f openssh_rsa1024.key
ssh-keygen -q -t ecdsa -b 256 -N "" -C "corpus-ecdsa" -f openssh_ecdsa.key
puttygen -q -t ed25519 -C "corpus-putty-1" -o putty_ed25519_v3.ppk --new-passphrase /dev/null
puttygen -q -t rsa -b 1024 -C "corpus-putty-2" --ppk-param version=2 -o putty_rsa1024_v2.ppk --new-passphrase /dev/null
export GNUPGHOME=$(mktemp -d)
gpg --batch --quiet --passphrase '' --quick-gen-key "Corpus Test Key One <pgp-one@corpus.invalid>" ed25519 sign never 2>/dev/null
gpg --batch --quiet --passphrase '' --quick-gen-key "Corpus Test Key Two <pgp-two@corpus.invalid>" ed25519 sign never 2>/dev/null
gpg --batch --quiet --armor --export-secret-keys "pgp-one@corpus.invalid" > pgp_one_secret.asc
gpg --batch --quiet --armor --export-secret-keys "pgp-two@corpus.invalid" > pgp_two_secret.asc
gpg --batch --quiet --armor --export "pgp-one@corpus.invalid" > pgp_one_public.asc
rm -rf "$GNUPGHOME"
ls -la
