<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Proofer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security console for the PostgreSQL, Redis and RabbitMQ datastores of a Kubernetes namespace: TLS, certificates, storage, authentication, audit logging, a grade and a compliance matrix.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs with:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Compliance directory not found: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No compliance framework in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user (%u)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>database (%d)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>client (%h or %r)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statement text goes to the server log: ALTER ROLE … PASSWORD, pgcrypto keys passed as parameters in SQL and personal data in INSERT/UPDATE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema and role changes (DDL) leave no trace in the server log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile does not expect pgcrypto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pgcrypto is installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pgcrypto is not installed in the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is available on the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is not available on the server either (postgresql-contrib)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>log_connections is off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ALTER SYSTEM SET log_connections = on; SELECT pg_reload_conf();</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>log_disconnections is off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ALTER SYSTEM SET log_disconnections = on; SELECT pg_reload_conf();</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>log_line_prefix lacks the user, database or client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ALTER SYSTEM SET log_line_prefix = '%m [%p] %q%u@%d %r '; SELECT pg_reload_conf();</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>log_statement writes secrets and personal data to the server log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ALTER SYSTEM SET log_statement = 'ddl'; SELECT pg_reload_conf(); ('ddl' still logs ALTER ROLE: set passwords as SCRAM verifiers, never in clear)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pgcrypto is expected but not installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CREATE EXTENSION IF NOT EXISTS pgcrypto;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>log_statement is none: DDL is not audited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ALTER SYSTEM SET log_statement = 'ddl'; SELECT pg_reload_conf();</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network connections authenticate with no password: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No network pg_hba.conf line uses trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clients send the password in clear to the server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No pg_hba.conf line uses the password method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pg_hba.conf lines with md5: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roles with a non-SCRAM password verifier: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No md5 line in pg_hba.conf and every login role has a SCRAM-SHA-256 verifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unauthenticated commands are refused (NOAUTH)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redis answers commands without AUTH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ACL user "default" is on with nopass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ACL user "default" requires a password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per-application ACL users: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every application shares the default user's password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pg_hba.conf trusts network connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace each trust line with `hostssl all all 0.0.0.0/0 scram-sha-256`, then SELECT pg_reload_conf();</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pg_hba.conf uses the cleartext password method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace each password line with `hostssl all all 0.0.0.0/0 scram-sha-256`, then SELECT pg_reload_conf();</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>md5 authentication lines or md5 password verifiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ALTER SYSTEM SET password_encryption = 'scram-sha-256'; then set each listed role's password again (\password &lt;role&gt;) and change md5 to scram-sha-256 in pg_hba.conf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>password_encryption is not scram-sha-256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ALTER SYSTEM SET password_encryption = 'scram-sha-256'; SELECT pg_reload_conf();</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redis accepts commands without authentication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>redis-server --requirepass "$REDIS_PASSWORD" (from the Redis secret)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Redis default user has no password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>redis-cli ACL SETUSER default on '&gt;'"$REDIS_PASSWORD" &amp;&amp; redis-cli ACL SAVE (or --requirepass)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tls-auth-clients no and no per-application ACL users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>redis-cli ACL SETUSER &lt;app&gt; on '&gt;'&lt;password&gt; '~&lt;app&gt;:*' '+@all' '-@dangerous' (one user per service), or tls-auth-clients yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The served certificate expired on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until %1 (%2 days left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already expired (see CERT-001)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires on %1, in %2 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 days left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired or expiring within 30 days (see CERT-001, CERT-002)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires on %1, in %2 days: inside the %3-day renewal window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 days left, renewal window %2 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>subjectAltName: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate has no subjectAltName: verifying clients match only the deprecated CN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is covered by the certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not among the certificate's names (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 key, not RSA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RSA %1-bit key (minimum 2048)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RSA %1-bit key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Below 2048 bits (see CERT-006)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RSA %1-bit key valid for %2 days: use 3072 bits or more beyond one year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RSA %1-bit key, valid for %2 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The leaf certificate is self-signed: clients cannot verify it against a CA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The leaf is issued by a CA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CA expired on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CA expires on %1, in %2 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA valid until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA/Browser Forum maximum for public TLS certificates: %1 days now; 398 days since 2020-09-01, 200 days from 2026-03-15, 100 from 2027-03-15, 47 from 2029-03-15 (ballot SC-081)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leaf valid for %1 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS secret holds the certificate being served</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS secret's certificate differs from the one served: a renewal was not rolled out, or the server reads another file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private key file mode %1: readable beyond its owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private key file mode %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>openssl req -new -newkey rsa:4096 -sha256 -nodes -keyout server-key.pem -out server.csr -subj "/CN=&lt;service&gt;" &amp;&amp; openssl x509 -req -in server.csr -CA ca-cert.pem -CAkey ca-key.pem -CAcreateserial -days 1095 -sha256 -extfile &lt;(printf 'subjectAltName=DNS:&lt;service&gt;,DNS:&lt;service&gt;.&lt;namespace&gt;.svc.cluster.local') -out server-cert.pem (or Proofer's certificate renewal)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate expires within 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate is inside its renewal window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate has no subjectAltName</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate does not name the host clients connect to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RSA key shorter than 2048 bits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RSA key shorter than 3072 bits on a certificate valid beyond one year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate is signed with SHA-1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The leaf certificate is self-signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CA certificate expires within the renewal window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>openssl req -x509 -new -newkey rsa:4096 -sha256 -nodes -days 3650 -keyout ca-key.pem -out ca-cert.pem -subj "/CN=&lt;namespace&gt; CA", then reissue every server certificate and distribute ca-cert.pem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The leaf certificate is valid far beyond current public norms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue shorter-lived leaves and automate renewal: openssl x509 -req … -days 398 (or less)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS secret's certificate differs from the one served</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kubectl -n &lt;namespace&gt; rollout restart statefulset/&lt;name&gt; (then confirm: openssl s_client -connect &lt;host&gt;:&lt;port&gt; | openssl x509 -noout -fingerprint -sha256)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The private key file is readable beyond its owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chmod 0600 /tls/server-key.pem (secret volume: defaultMode: 0600)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No broad RBAC grant to read Secrets was observed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can read every Secret of the namespace: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kubeconfig in use sets insecure-skip-tls-verify: true</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The API server certificate is verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secrets are readable through broad RBAC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kubectl -n &lt;namespace&gt; auth can-i get secrets --as=&lt;subject&gt;; grant get on named Secrets only: resourceNames: [&lt;name&gt;-secret]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kubeconfig skips TLS verification of the API server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kubectl config set-cluster &lt;cluster&gt; --certificate-authority=&lt;ca.crt&gt; --embed-certs=true &amp;&amp; kubectl config unset clusters.&lt;cluster&gt;.insecure-skip-tls-verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pod phase %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pod Running but not Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pod Running and Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 container restarts (profile: at most %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 container restarts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location %1, retention %2 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No backup of this datastore found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newest backup %1, %2 days old</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pod is not running or not ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kubectl -n &lt;namespace&gt; describe pod &lt;pod&gt; &amp;&amp; kubectl -n &lt;namespace&gt; logs &lt;pod&gt; --previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pod keeps restarting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kubectl -n &lt;namespace&gt; logs &lt;pod&gt; --previous (look for OOMKilled in kubectl describe pod)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No backup newer than the retention policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pg_dump &lt;db&gt; | gzip | gpg --encrypt --recipient &lt;backup key&gt; &gt; &lt;db&gt;_&lt;name&gt;_$(date -u +%Y%m%dT%H%M%SZ).sql.gz.gpg (or Proofer's backup)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data directory is on ephemeral storage: a restart loses every row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Bound PersistentVolumeClaim backs the data directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PersistentVolumeClaim %1 is Bound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writes since the last RDB snapshot are lost on restart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mount a PersistentVolumeClaim at the data directory: volumeClaimTemplates: [{metadata: {name: data}, spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 10Gi}}}}]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database has no Bound PersistentVolumeClaim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The datastore has no Bound PersistentVolumeClaim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redis append-only file is off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>redis-cli CONFIG SET appendonly yes &amp;&amp; redis-cli CONFIG REWRITE (or --appendonly yes in the container args)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS is off (see TLS-001)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password of %1 characters (profile: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password of %1 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password uses %1 of 4 character classes (profile: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password uses %1 of 4 character classes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotated on %1, %2 days ago (policy: %3 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rolvaliduntil %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>openssl rand -base64 48 | tr -d '/+=\n' | cut -c1-32, stored in the datastore's Secret and set with \password &lt;role&gt; (or Proofer's password rotation, which sends only the SCRAM verifier)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password is shorter than the profile requires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password uses few character classes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password is older than the rotation policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server does not offer TLS: every session, password and query is in plaintext</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS is on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The probe's plaintext session was accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pg_hba.conf accepts non-TLS connections: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plaintext Redis port accepts connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only TLS sessions are accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Protocols older than TLS 1.2 accepted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Protocols accepted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Negotiated cipher is weak: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weak cipher suites accepted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No weak cipher suite accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Negotiated cipher: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every client found verifies the server certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 connects with %2: encrypted but the server is not authenticated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate chain verifies against the trusted CA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate chain does not verify: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS is off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serve TLS with the certificate from the datastore's TLS secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postgresql.conf: ssl = on, ssl_cert_file = '/tls/server-cert.pem', ssl_key_file = '/tls/server-key.pem', ssl_ca_file = '/tls/ca-cert.pem', ssl_min_protocol_version = 'TLSv1.2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>redis-server --port 0 --tls-port 6379 --tls-cert-file /tls/redis-cert.pem --tls-key-file /tls/redis-key.pem --tls-ca-cert-file /tls/ca-cert.pem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rabbitmq.conf: listeners.tcp = none, listeners.ssl.default = 5671, ssl_options.certfile = /tls/server-cert.pem, ssl_options.keyfile = /tls/server-key.pem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plaintext connections are also accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close every non-TLS listener.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace every `host` line of pg_hba.conf with `hostssl all all 0.0.0.0/0 scram-sha-256`, then SELECT pg_reload_conf();</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>redis-server --port 0 (TLS only, as the reference fleet runs it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rabbitmq.conf: listeners.tcp = none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS older than 1.2 is accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept TLS 1.2 and 1.3 only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ALTER SYSTEM SET ssl_min_protocol_version = 'TLSv1.2';</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>redis.conf: tls-protocols "TLSv1.2 TLSv1.3"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rabbitmq.conf: ssl_options.versions.1 = tlsv1.3, ssl_options.versions.2 = tlsv1.2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weak cipher suites are accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restrict the cipher list to strong AEAD suites.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ALTER SYSTEM SET ssl_ciphers = 'HIGH:!aNULL:!eNULL:!MD5:!3DES:!RC4';</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>redis.conf: tls-ciphers "HIGH:!aNULL:!eNULL:!MD5:!3DES:!RC4"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rabbitmq.conf: ssl_options.ciphers.1 = ECDHE-RSA-AES256-GCM-SHA384 (list only AEAD suites)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clients use TLS without verifying the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify the server: libpq sslmode=verify-full sslrootcert=/tls/ca-cert.pem; asyncpg ssl=ssl.create_default_context(cafile='/tls/ca-cert.pem'); redis-py ssl_cert_reqs=required ssl_ca_certs=/tls/ca-cert.pem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DATABASE_URL: …?sslmode=verify-full&amp;sslrootcert=/tls/ca-cert.pem (asyncpg: ssl=ssl.create_default_context(cafile='/tls/ca-cert.pem'))</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>REDIS_URL: rediss://…?ssl_cert_reqs=required&amp;ssl_ca_certs=/tls/ca-cert.pem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server certificate does not verify against the trusted CA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serve a certificate issued by the fleet CA: openssl verify -CAfile ca-cert.pem server-cert.pem</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Probe every datastore of a namespace (or a targets file) live over TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check a kubeconfig and list its contexts as kubectl resolves them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the local demo fleet: PostgreSQL and Redis with TLS behind a Kubernetes API</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: proofer [options] [command] [command options]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security console for the PostgreSQL, Redis and RabbitMQ of a Kubernetes namespace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without a command, opens the console window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this help and exit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the version of Proofer and of its libraries and exit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the window (for example: es); default: the system's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run "proofer &lt;command&gt; --help" for the options of a command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>proofer %1: this command is not available yet in Proofer %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>proofer: unknown command "%1". Run "proofer --help" for the list of commands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: proofer demo [options]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts the demo fleet on 127.0.0.1: PostgreSQL servers and a Redis with TLS from a demo CA, exposed in namespace bakery-ia by an embedded Kubernetes API. Runs until Ctrl-C or SIGTERM, then stops every server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PostgreSQL instances, 1 to 14 (default: 14)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hardened, reference (default: the platform as documented) or before (pre-hardening)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where clusters, keys and the kubeconfig live (default: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also write the kubeconfig (client certificate, mode 0600) here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the console window on the fleet once it is ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--instances must be a number from 1 to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown scenario "%1" (hardened, reference or before)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: could not set up signal handling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping the demo fleet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>proofer demo: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo fleet stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo fleet ready (%1 scenario): %n PostgreSQL server(s) and Redis in namespace %2, started in %3 s.</source>
        <translation type="unfinished">Demo fleet ready (%1 scenario): %n PostgreSQL server and Redis in namespace %2, started in %3 s.</translation>
    </message>
    <message>
        <source>Kubeconfig: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kubeconfig copy: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try: proofer scan --kubeconfig %1 --namespace %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press Ctrl-C to stop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none (anonymous)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bearer token (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bearer token from file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>client certificate (embedded, %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>client certificate %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exec plugin %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>basic (user %1, password %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>auth-provider %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Context:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namespace:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cluster:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NOT VERIFIED (insecure-skip-tls-verify)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA from certificate-authority-data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>system CAs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  trust:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  TLS name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  proxy:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  auth:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: proofer kubeconfig &lt;check|contexts|view&gt; [options]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reads the kubeconfig as kubectl does: --kubeconfig alone, else every file of $KUBECONFIG (':'-separated, first definition wins), else ~/.kube/config.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolve the context (cluster, user, namespace, TLS, auth) and validate it; exit 0 or 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the contexts like "kubectl config get-contexts"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the merged kubeconfig as JSON with secrets redacted (--context: only that context)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use only this kubeconfig file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The context to use instead of current-context</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text (default) or json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tokens, passwords and keys are never printed: they show as REDACTED or DATA+OMITTED, as in "kubectl config view".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit status: 0 when the kubeconfig is usable, 2 on any error (printed on standard error).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown output format "%1" (text or json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown kubeconfig command "%1" (check, contexts or view)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: proofer scan [--kubeconfig FILE] [--context NAME] [--namespace NS] [options]
       proofer scan --targets FILE [options]

Probes every PostgreSQL, Redis and RabbitMQ of a namespace live over TLS (through port-forwards),
or the datastores listed in a targets file, and prints what it observed.

Options:
  --kubeconfig FILE   kubeconfig to use (default: $KUBECONFIG, then ~/.kube/config)
  --context NAME      context to use (default: the current context)
  --namespace NS      namespace to scan (default: the context's)
  --targets FILE      scan the datastores of this YAML file instead of a cluster
  --format FORMAT     json (schema proofer.snapshot/v1) or text (default: text)
  --output FILE       write the result to FILE instead of standard output
  --concurrency N     datastores probed at once (default: 8)
  --timeout SECONDS   connect timeout per step (default: 10)
  --fail-under GRADE  exit 1 when the fleet grade is lower (e.g. B-): a CI gate

Exit status: 0 the scan ran (whatever it found), 1 the grade is below --fail-under,
2 bad usage or configuration, 3 the cluster or every target was unreachable.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namespace %1 (context %2, %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Targets from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scanned at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VERIFIED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CERT DAYS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AUTH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PLAINTEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fleet grade: %1 (%2)  critical %3, high %4, medium %5, low %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown format "%1" (json or text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--fail-under takes a grade from A+ to F, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--targets cannot be combined with --kubeconfig, --context or --namespace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--concurrency must be between 1 and 256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--timeout must be between 1 and 600 seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the window (for example: es)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kubeconfig to use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>context to use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>namespace to scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scan the datastores of this YAML file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>auditor mode: read-only, no secrets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Console window opened on the fleet; closing it stops the fleet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renew the TLS certificates of the datastores (preview, apply, verify, roll back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotate datastore passwords without the plaintext reaching the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create an encrypted backup (pg_dump | gzip | gpg) of a database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore an encrypted backup, verified before the live database is touched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the grades of past scans and what changed between two</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli::ScanRun</name>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: no datastore could be reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>grade %1 (%2) is below %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeductionsModel</name>
    <message>
        <source>failed check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>severity ceiling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fleet cap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fleet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Datastore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message>
        <source>The demo fleet could not be started: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo fleet stopped unexpectedly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo fleet exited with code %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a datastore to see its certificates, settings, findings and evidence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>observed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>probing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>grade %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit logging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Persistence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 of 100)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 assessed, %2 not assessed, %3 not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kubernetes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1, %2, %n restart(s)</source>
        <translation>
            <numerusform>%1, %2, %n restart</numerusform>
            <numerusform>%1, %2, %n restarts</numerusform>
        </translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PVC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2, class %3, %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key file mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credentials secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n characters, %1 character classes</source>
        <translation>
            <numerusform>%n characters, %1 character classes</numerusform>
            <numerusform>%n characters, %1 character classes</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients that do not verify TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not testable here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not tried</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cipher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes, as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plaintext</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No certificate observed yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Served by the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server presented no certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leaf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No TLS secret mounted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored in secret %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matches the served one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no: the server has not loaded the certificate in the secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Datastore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Fleet</name>
    <message>
        <source>cannot read targets file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2: not valid YAML: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no "datastores:" list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>each datastore is a mapping ({name: …, kind: …, host: …})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"name", "kind" and "host" are required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown kind "%1" (postgresql, redis or rabbitmq)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>port "%1" is not a TCP port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>caFile %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>caFile %1 holds no PEM certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>passwordFile %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>passwordEnv: the variable %1 is not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the name "%1" is used twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the "datastores:" list is empty</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Fleet::FleetScanner</name>
    <message>
        <source>%1: no answer within %2 s; stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a pod but there is no cluster connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS is off: nothing to verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the management API is not probed by this version</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message>
        <source>No pod of %1/%2 exists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no pod</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %2, %3, %n restart(s)</source>
        <translation>
            <numerusform>%1: %2, %3, %n restart</numerusform>
            <numerusform>%1: %2, %3, %n restarts</numerusform>
        </translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1/%2 ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running, not ready</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n restart(s)</source>
        <translation>
            <numerusform>%n restart</numerusform>
            <numerusform>%n restarts</numerusform>
        </translation>
    </message>
    <message>
        <source>The data directory is on an emptyDir or not mounted: a restart loses it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No PersistentVolumeClaim is mounted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none (ephemeral)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2, %3, class %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>probing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not in a cluster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A direct target from a targets file: no Kubernetes facts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server does not offer TLS: everything travels in clear text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · not verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cipher: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The port also accepts plaintext connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
issued by %2
expires %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Password of %n characters in %1</source>
        <translation>
            <numerusform>Password of %n characters in %1</numerusform>
            <numerusform>Password of %n characters in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>on (%1 of %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>partial (%1 of %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ephemeral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data is lost when the pod restarts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on PVC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no bound PVC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redis has no connection audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AOF on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>appendonly yes, save "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RDB only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>appendonly no, save "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Neither AOF nor RDB snapshots: a restart loses the data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worst: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score %1 of 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing could be assessed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: probing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pod</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PVC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit logging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Persistence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n chars</source>
        <translation>
            <numerusform>%n chars</numerusform>
            <numerusform>%n chars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetSession</name>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading namespace %1…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Scanning %n datastore(s)…</source>
        <translation>
            <numerusform>Scanning %n datastore…</numerusform>
            <numerusform>Scanning %n datastores…</numerusform>
        </translation>
    </message>
    <message>
        <source>No datastore could be reached</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Scanned %n datastore(s)</source>
        <translation>
            <numerusform>Scanned %n datastore</numerusform>
            <numerusform>Scanned %n datastores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradePanel</name>
    <message>
        <source>Deductions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What if these were fixed?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grading after the scan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No grade yet: scan a namespace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fleet score %1 of 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing could be assessed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(from the previous scan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed checks: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deductions (%1 points)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick findings to project the grade with them fixed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>With %n finding(s) fixed: &lt;b&gt;%1&lt;/b&gt; (%2, now %3 %4)</source>
        <translation>
            <numerusform>With %n finding fixed: &lt;b&gt;%1&lt;/b&gt; (%2, now %3 %4)</numerusform>
            <numerusform>With %n findings fixed: &lt;b&gt;%1&lt;/b&gt; (%2, now %3 %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>no score</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kube</name>
    <message>
        <source>context was not found for specified context: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is larger than 1 MiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unable to read client-cert %1 for %2 due to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unable to read client-key %1 for %2 due to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>client-key-data or client-key must be specified for %1 to use the clientCert authentication method.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unable to read tokenFile %1 for %2 due to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tokenFile %1 for %2 is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no Auth Provider found for name "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the oidc auth provider of user "%1" has no id-token; log in with your OIDC helper (for example "kubectl oidc-login") first: Proofer does not run the OIDC refresh flow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the id-token of the oidc auth provider of user "%1" expired at %2; log in again with your OIDC helper (for example "kubectl oidc-login"): Proofer does not run the OIDC refresh flow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>getting credentials: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user "%1" has no exec plugin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exec plugin cannot support interactive mode: standard input is not a terminal. The plugin %1 of user "%2" asks for a terminal on every run (interactiveMode: Always), and Proofer has none to give it. Log in once in a terminal, or set interactiveMode to IfAvailable or Never.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exec plugin %1 wrote more than %2 KiB to standard output; its output was refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exec: executable %1 not found (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exec: executable %1 was killed by a signal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exec: executable %1 failed with exit code %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; it said: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>decoding stdout: couldn't get version/kind; json parse error: %1 at offset %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>decoding stdout: Object 'Kind' or 'apiVersion' is missing in the exec plugin's output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exec plugin is configured to use API version %1, plugin returned version %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>decoding stdout: no kind "%1" is registered for version "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exec plugin didn't return a status field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exec plugin returned only certificate or key, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exec plugin didn't return a token or cert/key pair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exec plugin returned an unreadable expirationTimestamp "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exec plugin %1 for user "%2" did not finish within %3 seconds and was stopped; it may be waiting for a login (a browser or a prompt) that Proofer cannot show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exec plugin %1 for user "%2" was cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YAML aliases are not allowed in a kubeconfig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YAML anchors are not allowed in a kubeconfig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the kubeconfig is not a mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no kind "%1" is registered for version "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not valid base64</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>each entry of "%1" must be a mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate name "%1" in list of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" of "%2" must be a mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"args" must be a list of strings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"env" must be a list of name/value pairs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"config" of an auth-provider must be a mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"config" of an auth-provider must map strings to strings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"exec" must be a mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"auth-provider" must be a mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error loading config file "%1": %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read %1: is a directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error in configuration:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no server found for cluster "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid 'proxy-url' "%1" for cluster "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid 'proxy-url' "%1" for cluster "%2": scheme "%3" is not supported (http, https and socks5 are)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cluster "%1" uses a socks5 proxy: API requests go through it, but port-forward (WebSocket) cannot be carried over SOCKS5, so datastores must be reached directly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>certificate-authority-data and certificate-authority are both specified for %1. certificate-authority-data will override.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unable to read certificate-authority %1 for %2 due to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>specifying a root certificates file with the insecure flag is not allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>insecure-skip-tls-verify is set for cluster "%1": the server's certificate will not be verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>client-cert-data and client-cert are both specified for %1. client-cert-data will override.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>client-key-data and client-key are both specified for %1; client-key-data will override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>authProvider cannot be provided in combination with an exec plugin for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>command must be specified for %1 to use exec authentication plugin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>apiVersion must be specified for %1 to use exec authentication plugin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exec plugin: invalid apiVersion "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>env variable name must be specified for %1 to use exec authentication plugin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>interactiveMode must be specified for %1 to use exec authentication plugin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the exec plugin of %1 has interactiveMode: Always: it needs a terminal on every run, which Proofer's window cannot give it, so it will fail there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid interactiveMode for %1: "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gcp auth plugin has been removed. Please use the "gke-gcloud-auth-plugin" kubectl/client-go credential plugin instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The azure auth plugin has been removed. Please use the "kubelogin" kubectl/client-go credential plugin instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than one authentication method found for %1; found [%2], only one is allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is larger than %1 KiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yaml: line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stat %1: no such file or directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid configuration: no configuration has been provided (no kubeconfig file was found)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>current-context is not set in %1; choose a context (--context)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>context "%1" names no cluster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cluster "%1" was not found for context "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user "%1" was not found for context "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unable to load root certificates of cluster "%1": unable to parse bytes as PEM block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tls: failed to find any PEM data in the client certificate of user "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tls: failed to parse the private key of user "%1" (RSA, EC or DSA in PEM expected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a watch event without an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown watch event type "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kube::ChannelDemux</name>
    <message>
        <source>an empty port-forward frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a port-forward frame on unknown channel %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the first port-forward frame of channel %1 is too short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the port-forward stream is for port %1, not %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kube::KubeClient</name>
    <message>
        <source>%1: no credentials: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: connection refused by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: DNS lookup failed for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 closed the connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: TLS handshake with %2 failed: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: proxy %2 failed: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the server did not answer with JSON (HTTP %2, %3): %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 (%3, HTTP %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: HTTP %2 with a body that is not a Kubernetes Status (%3): %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no answer from %2 within %3 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 "%2" can't restart paused deployment (run rollout resume first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting for the rollout of %1 "%2" in namespace "%3": not complete in time (%4 of %5 replicas updated, %6 available)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kube::LogStream</name>
    <message>
        <source>stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kube::Operation</name>
    <message>
        <source> in namespace "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kube::PortForwarder</name>
    <message>
        <source>port-forward to %1/%2 cannot go through the SOCKS5 proxy of the kubeconfig (kubectl has the same limit): use an HTTP(S) proxy-url or a direct route</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot listen on 127.0.0.1 for the port-forward to %1/%2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>port-forward to %1/%2: the server did not accept the v4.channel.k8s.io protocol (got "%3")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tunnel lost to %1/%2 port %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>port-forward to %1/%2 port %3 failed: %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kube::Watch</name>
    <message>
        <source>the watch stream went silent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>watch of %1: an event larger than 16 MiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>watch of %1: %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server forgot resource version %1 (410 Gone): listed again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>watch of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the watch stream of %1 was dropped: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not probed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scan was cancelled before this datastore was probed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Kubeconfig…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the contexts of another kubeconfig file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probe every datastore again (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel Scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Filter Datastores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;Status Bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Auditor Mode (Read-Only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Proofer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>namespace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Kubeconfig…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter datastores by name, kind or state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fleet Grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auditor mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read-only: secrets are never shown and operations are disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High or worse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium or worse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low or worse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No kubeconfig found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for datastores…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading namespace %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No datastores in namespace %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proofer found no PostgreSQL, Redis or RabbitMQ here: no workload labelled &lt;tt&gt;app.kubernetes.io/component=database&lt;/tt&gt; and none running those images.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No datastores to show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proofer lists every PostgreSQL, Redis and RabbitMQ of a namespace here, with its TLS, certificate, storage, authentication and audit posture.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n datastore(s)</source>
        <translation>
            <numerusform>%n datastore</numerusform>
            <numerusform>%n datastores</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected: %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Targets file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot reach %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proofer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2) — Proofer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: no context is defined in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Kubeconfig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kubeconfig files (*config* *.yaml *.yml *.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not in a cluster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>probing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo fleet ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo fleet stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the &amp;Demo Fleet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run real PostgreSQL and Redis servers behind an emulated Kubernetes API on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;top the Demo Fleet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the Demo Fleet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proofer reads your clusters from &lt;tt&gt;$KUBECONFIG&lt;/tt&gt; or &lt;tt&gt;~/.kube/config&lt;/tt&gt;, and neither exists.&lt;br&gt;Open one with &lt;b&gt;File ▸ Open Kubeconfig…&lt;/b&gt; or start the demo fleet — real PostgreSQL and Redis behind an emulated Kubernetes API, on this computer — with the button below or, in a terminal, &lt;tt&gt;proofer demo&lt;/tt&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting the demo fleet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping the demo fleet…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>RSA key size %1 is out of range (1024 to 8192 bits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key generation failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not encode the key: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the subject key is not a valid private key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the issuer key is not a valid private key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the issuer certificate is not valid PEM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the issuer key does not match the issuer certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown digest "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not set the serial number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid validity period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an IP address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not add the certificate extensions: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signing failed (digest %1): %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>%1 is renamed or disabled on this server (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not allowed for user "%2" (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Out of memory while reading certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No PEM certificate found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Broken PEM certificate: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server closed the connection during the handshake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CA certificates given for verification hold no PEM certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the local OpenSSL was built without %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the local OpenSSL has no cipher for %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the local OpenSSL offers no cipher for %1, even at security level 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server negotiated %1 instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer to PING</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer to the AMQP protocol header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PING</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the AMQP protocol header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered plaintext: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 closed the connection on plaintext</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered plaintext with a TLS alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered plaintext with something else: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No host or port to inspect (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the port speaks plaintext, not TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SSLRequest answer cannot tell; the PostgreSQL probe tries sslmode=disable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No plaintext check without a protocol to speak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No TLS session with a default client: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Probe::Attempt</name>
    <message>
        <source>the answer to SSLRequest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SSLRequest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 closed the connection after SSLRequest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered 'N' to SSLRequest: TLS is off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered SSLRequest with 0x%2, not 'S' or 'N': not a PostgreSQL server?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Probe::Connection</name>
    <message>
        <source>Timed out after %1 ms waiting for %2 from %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not resolve %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not send %1 to %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read %1 from %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not open a socket for %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timed out after %1 ms connecting to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection to %1 refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Probe::RedisProbe</name>
    <message>
        <source>the CA bundle holds no PEM certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the client certificate or its private key is not readable PEM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AUTH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>protocol error: a reply nobody asked for: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>protocol error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server requires AUTH and no password was given (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PING was refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>authentication failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redis %1: PING after AUTH answered %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INFO answered %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CONFIG GET answered %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this server has no setting "%1" (CONFIG GET returned nothing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ACL LIST answered %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>certificate verification failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (the server may demand a client certificate: tls-auth-clients)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redis %1: %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Probe::RespCodec</name>
    <message>
        <source>invalid number "%1" in a RESP header ending at offset %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>negative bulk string length %1 at offset %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bulk string of %1 bytes exceeds the cap of %2 bytes (offset %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>negative array length %1 at offset %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>array of %1 elements exceeds the cap of %2 elements (offset %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one reply announces more than %1 array elements in all (offset %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>arrays nested deeper than %1 levels (offset %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected RESP type byte %1 at offset %2 (expected one of + - : $ *)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>carriage return without line feed at offset %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line feed without carriage return at offset %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status or error line longer than %1 bytes (offset %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected byte %1 in a RESP number at offset %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RESP number longer than 20 characters at offset %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bulk string not followed by CRLF at offset %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reply larger than the cap of %1 bytes (offset %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RESP reader: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RESP reader: a complete reply was not returned</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>