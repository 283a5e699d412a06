<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Proofer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security console for the PostgreSQL, Redis and RabbitMQ datastores of a Kubernetes namespace: TLS, certificates, storage, authentication, audit logging, a grade and a compliance matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcceptRiskDialog</name>
    <message>
        <source>Accept Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt; on %3&lt;br&gt;An accepted finding stays shown, marked accepted with this justification, and costs no points until it expires; then it is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A glob: * and ? match any text and any one character, [abc] one of those; e.g. redis* covers every datastore whose name starts with redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datastores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this risk is accepted, and what reduces it meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and role, e.g. Jane Doe (CISO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted through this day (UTC); from the next day the finding is open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acceptance is added to this file&apos;s acceptedRisks; the rest of the file is kept as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the datastores it covers (a glob).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A justification is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who approved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry must be after today (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the policy file to write it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Compliance directory not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No compliance framework in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user (%u)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database (%d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client (%h or %r)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement text goes to the server log: ALTER ROLE … PASSWORD, pgcrypto keys passed as parameters in SQL and personal data in INSERT/UPDATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema and role changes (DDL) leave no trace in the server log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile does not expect pgcrypto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pgcrypto is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pgcrypto is not installed in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is available on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not available on the server either (postgresql-contrib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log_connections is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET log_connections = on; SELECT pg_reload_conf();</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log_disconnections is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET log_disconnections = on; SELECT pg_reload_conf();</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log_line_prefix lacks the user, database or client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET log_line_prefix = &apos;%m [%p] %q%u@%d %r &apos;; SELECT pg_reload_conf();</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log_statement writes secrets and personal data to the server log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET log_statement = &apos;ddl&apos;; SELECT pg_reload_conf(); (&apos;ddl&apos; still logs ALTER ROLE: set passwords as SCRAM verifiers, never in clear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pgcrypto is expected but not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATE EXTENSION IF NOT EXISTS pgcrypto;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log_statement is none: DDL is not audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET log_statement = &apos;ddl&apos;; SELECT pg_reload_conf();</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network connections authenticate with no password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network pg_hba.conf line uses trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients send the password in clear to the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pg_hba.conf line uses the password method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_hba.conf lines with md5: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles with a non-SCRAM password verifier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No md5 line in pg_hba.conf and every login role has a SCRAM-SHA-256 verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthenticated commands are refused (NOAUTH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis answers commands without AUTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACL user &quot;default&quot; is on with nopass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACL user &quot;default&quot; requires a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-application ACL users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every application shares the default user&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_hba.conf trusts network connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace each trust line with `hostssl all all 0.0.0.0/0 scram-sha-256`, then SELECT pg_reload_conf();</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_hba.conf uses the cleartext password method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace each password line with `hostssl all all 0.0.0.0/0 scram-sha-256`, then SELECT pg_reload_conf();</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>md5 authentication lines or md5 password verifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET password_encryption = &apos;scram-sha-256&apos;; then set each listed role&apos;s password again (\password &lt;role&gt;) and change md5 to scram-sha-256 in pg_hba.conf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password_encryption is not scram-sha-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET password_encryption = &apos;scram-sha-256&apos;; SELECT pg_reload_conf();</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis accepts commands without authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Redis default user has no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls-auth-clients no and no per-application ACL users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The served certificate expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1 (%2 days left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already expired (see CERT-001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on %1, in %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired or expiring within 30 days (see CERT-001, CERT-002)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on %1, in %2 days: inside the %3-day renewal window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days left, renewal window %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subjectAltName: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has no subjectAltName: verifying clients match only the deprecated CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is covered by the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not among the certificate&apos;s names (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key, not RSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA %1-bit key (minimum 2048)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA %1-bit key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below 2048 bits (see CERT-006)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA %1-bit key valid for %2 days: use 3072 bits or more beyond one year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA %1-bit key, valid for %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leaf certificate is self-signed: clients cannot verify it against a CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leaf is issued by a CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA expires on %1, in %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA/Browser Forum maximum for public TLS certificates: %1 days now; 398 days since 2020-09-01, 200 days from 2026-03-15, 100 from 2027-03-15, 47 from 2029-03-15 (ballot SC-081)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaf valid for %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS secret holds the certificate being served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS secret&apos;s certificate differs from the one served: a renewal was not rolled out, or the server reads another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file mode %1: readable beyond its owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file mode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openssl req -new -newkey rsa:4096 -sha256 -nodes -keyout server-key.pem -out server.csr -subj &quot;/CN=&lt;service&gt;&quot; &amp;&amp; openssl x509 -req -in server.csr -CA ca-cert.pem -CAkey ca-key.pem -CAcreateserial -days 1095 -sha256 -extfile &lt;(printf &apos;subjectAltName=DNS:&lt;service&gt;,DNS:&lt;service&gt;.&lt;namespace&gt;.svc.cluster.local&apos;) -out server-cert.pem (or Proofer&apos;s certificate renewal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate expires within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is inside its renewal window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has no subjectAltName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate does not name the host clients connect to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA key shorter than 2048 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA key shorter than 3072 bits on a certificate valid beyond one year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is signed with SHA-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leaf certificate is self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate expires within the renewal window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openssl req -x509 -new -newkey rsa:4096 -sha256 -nodes -days 3650 -keyout ca-key.pem -out ca-cert.pem -subj &quot;/CN=&lt;namespace&gt; CA&quot;, then reissue every server certificate and distribute ca-cert.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leaf certificate is valid far beyond current public norms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue shorter-lived leaves and automate renewal: openssl x509 -req … -days 398 (or less)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS secret&apos;s certificate differs from the one served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl -n &lt;namespace&gt; rollout restart statefulset/&lt;name&gt; (then confirm: openssl s_client -connect &lt;host&gt;:&lt;port&gt; | openssl x509 -noout -fingerprint -sha256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key file is readable beyond its owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chmod 0600 /tls/server-key.pem (secret volume: defaultMode: 0600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No broad RBAC grant to read Secrets was observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can read every Secret of the namespace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig in use sets insecure-skip-tls-verify: true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server certificate is verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are readable through broad RBAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl -n &lt;namespace&gt; auth can-i get secrets --as=&lt;subject&gt;; grant get on named Secrets only: resourceNames: [&lt;name&gt;-secret]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig skips TLS verification of the API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl config set-cluster &lt;cluster&gt; --certificate-authority=&lt;ca.crt&gt; --embed-certs=true &amp;&amp; kubectl config unset clusters.&lt;cluster&gt;.insecure-skip-tls-verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod Running but not Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod Running and Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 container restarts (profile: at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 container restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location %1, retention %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of this datastore found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest backup %1, %2 days old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod is not running or not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl -n &lt;namespace&gt; describe pod &lt;pod&gt; &amp;&amp; kubectl -n &lt;namespace&gt; logs &lt;pod&gt; --previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod keeps restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl -n &lt;namespace&gt; logs &lt;pod&gt; --previous (look for OOMKilled in kubectl describe pod)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup newer than the retention policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump &lt;db&gt; | gzip | gpg --encrypt --recipient &lt;backup key&gt; &gt; &lt;db&gt;_&lt;name&gt;_$(date -u +%Y%m%dT%H%M%SZ).sql.gz.gpg (or Proofer&apos;s backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory is on ephemeral storage: a restart loses every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Bound PersistentVolumeClaim backs the data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PersistentVolumeClaim %1 is Bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes since the last RDB snapshot are lost on restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount a PersistentVolumeClaim at the data directory: volumeClaimTemplates: [{metadata: {name: data}, spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 10Gi}}}}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no Bound PersistentVolumeClaim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datastore has no Bound PersistentVolumeClaim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis append-only file is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redis-cli CONFIG SET appendonly yes &amp;&amp; redis-cli CONFIG REWRITE (or --appendonly yes in the container args)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is off (see TLS-001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 characters (profile: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password uses %1 of 4 character classes (profile: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password uses %1 of 4 character classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated on %1, %2 days ago (policy: %3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolvaliduntil %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openssl rand -base64 48 | tr -d &apos;/+=\n&apos; | cut -c1-32, stored in the datastore&apos;s Secret and set with \password &lt;role&gt; (or Proofer&apos;s password rotation, which sends only the SCRAM verifier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is shorter than the profile requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password uses few character classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is older than the rotation policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer TLS: every session, password and query is in plaintext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe&apos;s plaintext session was accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_hba.conf accepts non-TLS connections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plaintext Redis port accepts connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only TLS sessions are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols older than TLS 1.2 accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiated cipher is weak: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiated cipher: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connects with %2: encrypted but the server is not authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chain verifies against the trusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chain does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve TLS with the certificate from the datastore&apos;s TLS secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql.conf: ssl = on, ssl_cert_file = &apos;/tls/server-cert.pem&apos;, ssl_key_file = &apos;/tls/server-key.pem&apos;, ssl_ca_file = &apos;/tls/ca-cert.pem&apos;, ssl_min_protocol_version = &apos;TLSv1.2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redis-server --port 0 --tls-port 6379 --tls-cert-file /tls/redis-cert.pem --tls-key-file /tls/redis-key.pem --tls-ca-cert-file /tls/ca-cert.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rabbitmq.conf: listeners.tcp = none, listeners.ssl.default = 5671, ssl_options.certfile = /tls/server-cert.pem, ssl_options.keyfile = /tls/server-key.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaintext connections are also accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close every non-TLS listener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redis-server --port 0 (TLS only, as the reference fleet runs it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rabbitmq.conf: listeners.tcp = none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS older than 1.2 is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept TLS 1.2 and 1.3 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET ssl_min_protocol_version = &apos;TLSv1.2&apos;;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redis.conf: tls-protocols &quot;TLSv1.2 TLSv1.3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rabbitmq.conf: ssl_options.versions.1 = tlsv1.3, ssl_options.versions.2 = tlsv1.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak cipher suites are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict the cipher list to strong AEAD suites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET ssl_ciphers = &apos;HIGH:!aNULL:!eNULL:!MD5:!3DES:!RC4&apos;;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redis.conf: tls-ciphers &quot;HIGH:!aNULL:!eNULL:!MD5:!3DES:!RC4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rabbitmq.conf: ssl_options.ciphers.1 = ECDHE-RSA-AES256-GCM-SHA384 (list only AEAD suites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients use TLS without verifying the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the server: libpq sslmode=verify-full sslrootcert=/tls/ca-cert.pem; asyncpg ssl=ssl.create_default_context(cafile=&apos;/tls/ca-cert.pem&apos;); redis-py ssl_cert_reqs=required ssl_ca_certs=/tls/ca-cert.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATABASE_URL: …?sslmode=verify-full&amp;sslrootcert=/tls/ca-cert.pem (asyncpg: ssl=ssl.create_default_context(cafile=&apos;/tls/ca-cert.pem&apos;))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REDIS_URL: rediss://…?ssl_cert_reqs=required&amp;ssl_ca_certs=/tls/ca-cert.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server certificate does not verify against the trusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve a certificate issued by the fleet CA: openssl verify -CAfile ca-cert.pem server-cert.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management API accepts guest with the default password guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest user exists (refused here only because it may log in from localhost alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest:guest is refused by the management API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RabbitMQ guest user is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rabbitmqctl delete_user guest (after creating the application&apos;s own user), or rabbitmq.conf: default_user = &lt;app user&gt;, default_pass = &lt;from the secret&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe&apos;s own login over TLS was not authenticated with SCRAM-SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule of this control observes %1 datastores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check could be assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 datastores not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no datastore to grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no datastore could be assessed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone with a shell in the pod logs in as any role without a password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local or loopback pg_hba.conf line uses trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_hba.conf trusts local and loopback connections (initdb&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount a pg_hba.conf whose `local` and loopback lines use scram-sha-256 (or peer for `local`) instead of trust, then SELECT pg_reload_conf();</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the password in a file mounted from the Redis secret, never on a command line (ps and the pod spec show arguments): redis.conf include /etc/redis/secret/auth.conf holding requirepass &lt;password&gt;, or aclfile /etc/redis/secret/users.acl holding user default on #&lt;SHA-256 of the password&gt; ~* &amp;* +@all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redis-cli ACL SETUSER default on &quot;#$(printf %s &quot;$REDIS_PASSWORD&quot; | sha256sum | cut -d&apos; &apos; -f1)&quot; &amp;&amp; redis-cli ACL SAVE (the password&apos;s SHA-256 on the command line, never the password; or the secret-mounted file of REDIS-AUTH-001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redis-cli ACL SETUSER &lt;app&gt; on &apos;#&lt;SHA-256 of the app password&gt;&apos; &apos;~&lt;app&gt;:*&apos; &apos;+@all&apos; &apos;-@dangerous&apos; (one user per service; the hash, never the password, on the command line), or tls-auth-clients yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection with sslmode=disable was accepted: a `host` (or `hostnossl`) line of pg_hba.conf matches it — without a mounted pg_hba.conf the official postgres image appends `host all all all scram-sha-256`, which accepts plaintext even with ssl = on (the rules themselves could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connects with %2 (%3): the server is not authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client connection settings found in env, ConfigMaps or Secrets of the workloads that use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 verifies the server: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount a pg_hba.conf with `hostssl` lines only (no `host` line): `hostssl all all 0.0.0.0/0 scram-sha-256` — without one the official image&apos;s `host all all all scram-sha-256` accepts plaintext — then SELECT pg_reload_conf();</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis never answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PostgreSQL, Redis or RabbitMQ found in namespace %1 of context %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no datastore listed in targets file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timestamp (%t, %m or %n): a log line cannot be placed in time once it leaves the container runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow statements are not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A threshold of 0 logs the text of every statement, as log_statement = &apos;all&apos; does: passwords and personal data reach the server log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging_collector is off: the server logs to stderr, which the container runtime keeps and rotates (the kubelet&apos;s containerLogMaxSize)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file is never rotated: it grows until the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI DSS 10.5.1 asks for 12 months, 3 of them immediately available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log_line_prefix has no timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log_min_duration_statement is not set to a threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET log_min_duration_statement = &apos;1s&apos;; SELECT pg_reload_conf();</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logging collector never rotates its log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET log_rotation_age = &apos;1d&apos;; ALTER SYSTEM SET log_rotation_size = &apos;100MB&apos;; SELECT pg_reload_conf(); (and ship the files before they are removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs are kept for less than 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server_version %1 (server_version_num %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1 is supported until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1 reached its end of life on %2: no security fixes since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1 is older than every supported release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1 (%2) is not in Proofer&apos;s end-of-life table (newer than this Proofer knows): its support is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL major version is past its end of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade to a supported major (the reference fleet runs postgres:17-alpine): pg_dump the database, start a postgres:17-alpine Deployment on a new PVC, restore it there and switch the Service (or pg_upgrade --link on the volume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files are written to storage that does not survive the pod: no Bound PersistentVolumeClaim backs the data directory%1 (see PERSIST-002)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the files survive a restart is not known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to PersistentVolumeClaim %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appendfsync no leaves flushing to the kernel: about 30 seconds of writes are lost on a crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appendfsync not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appendfsync not read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RDB snapshots: the guide documents RDB and AOF both on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis RDB snapshots are off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redis-cli CONFIG SET save &quot;3600 1 300 100 60 10000&quot; &amp;&amp; redis-cli CONFIG REWRITE (or --save &quot;3600 1 300 100 60 10000&quot; in the container args), with a PersistentVolumeClaim mounted at the data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server reported no server_version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL probe did not log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile (no one named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are stored unencrypted in etcd, as attested by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets encryption at rest attested by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached only inside the cluster: its Services are ClusterIP without externalIPs and no Ingress routes to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkPolicy %1 selects its pods and admits any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NetworkPolicy selects its pods for ingress: every pod of the cluster can connect to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress restricted to listed sources by NetworkPolicy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datastore is reachable from outside the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep database Services type: ClusterIP without externalIPs and route no Ingress to them; operators reach them with kubectl port-forward (as Proofer does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NetworkPolicy restricts who can connect to the datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a NetworkPolicy whose podSelector selects the database pods, policyTypes: [Ingress], admitting only its services&apos; pods (podSelector on app.kubernetes.io/component=service) on the database port; the CNI must enforce NetworkPolicy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are not known to be encrypted at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Bound PersistentVolumeClaim (see PERSIST-001/002)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size %1 cannot be compared with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PersistentVolumeClaim %1: %2, %3 (profile: at least %4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller than the %1 the profile asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mounted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data volume is smaller than the profile or not mounted as it asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request the profile&apos;s size and access mode in the volumeClaimTemplate or the PersistentVolumeClaim (resources.requests.storage: 2Gi, accessModes: [ReadWriteOnce]); grow a bound claim with kubectl patch pvc when its storage class allows volume expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password key was last written on %1 by %2, %3 days ago (policy: %4 days; from the Secret&apos;s managedFields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password as %1: one leaked credential opens both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other datastore of the namespace whose password was read has the same one (compared as keyed digests in memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is shared with another datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each service its own password (and role): generate one per datastore, store it in that datastore&apos;s Secret key and rotate the ones that were shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named in the services&apos; connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credentials Secret&apos;s role (no service&apos;s connection setting names one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the services&apos; connection settings nor the probe&apos;s login name a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1 (%2) is a superuser: it bypasses every permission check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1 owns databases besides %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owns no database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owns only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1 (%2): not a superuser, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1 (%2): not a superuser, %3; also %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login role of this server is named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a login role of this server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services&apos; database role is a superuser or owns other databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each service a role of its own that owns only its database: CREATE ROLE &lt;service&gt; LOGIN; ALTER DATABASE &lt;db&gt; OWNER TO &lt;service&gt;; set its password with \password &lt;service&gt;, point the service&apos;s Secret at it, and keep the image&apos;s bootstrap superuser (POSTGRES_USER) for administration only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suite(s) refused by %1 accepted:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every suite %1 refuses (static RSA, anonymous, NULL, export, DES, 3DES, RC4, IDEA, SEED, MD5, CBC-SHA1) was offered at each accepted version up to TLS 1.2 and refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the suites were not enumerated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance expired on %1 (approved by %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted until %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log retention fact: how long the logs are kept is not observable from the namespace; state it in the policy file (attestations.logRetention: days and attestedBy, whoever runs the log store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Log retention of %n days, attested by %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ship the datastores&apos; logs to a central store that keeps them 12 months (3 immediately available), then attest it in the policy file (docs/policy.md): attestations: logRetention: {days: 365, attestedBy: &lt;who checked the log store&gt;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs cluster-admin evidence: whether etcd holds Secrets encrypted is set in the API server&apos;s EncryptionConfiguration, which a namespace cannot see; attest it in the policy file (attestations.secretsEncryptedAtRest: value, attestedBy: who checked it, date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the cluster&apos;s administrators for the API server&apos;s --encryption-provider-config (kms v2, aesgcm or aescbc before identity for secrets), then record who checked it in the policy file: attestations: secretsEncryptedAtRest: {value: true, attestedBy: &lt;who&gt;, date: &lt;day&gt;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1 is not among the versions the policy allows: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofer&apos;s backup catalog could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofer&apos;s backup catalog has no backup of this namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup location could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup location was given to list (proofer scan --backup-location DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of this datastore: %1 verified by Proofer, %2 encrypted file(s) seen at the location</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The newest, %1, is an encrypted file the platform&apos;s script wrote: seen at the location, not decrypted or restore-tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest was verified by Proofer (decrypted, unpacked, dump header read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) for this datastore at the location are empty or not encrypted: not counted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no backup of this datastore at the location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a mapping, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a key must be a name, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (known here: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a whole number from %2 to %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be true or false, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a date as YYYY-MM-DD, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a duration from 0s to %2 (e.g. 24h, 90m, 2d), not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a list, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Proofer checks only the extension pgcrypto (PG-LOG-005), not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an empty list would refuse every version; leave it out to allow every supported release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a Kubernetes quantity such as 2Gi or 500Mi, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be one of %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown rule &quot;%2&quot; (docs/grading.md lists the rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy file %1 (%2) does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy file %1 (%2) is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read policy file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the policy file is larger than %2 KiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupWizard</name>
    <message>
        <source>Databases, destination and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each database is dumped with pg_dump, compressed and encrypted with GnuPG into &lt;database&gt;_&lt;datastore&gt;_&lt;time&gt;.sql.gz.gpg. A failed dump leaves no file; each backup is decrypted and checked after writing when this machine can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt to a &amp;public key (recipient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt with a pass&amp;phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an existing directory you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the recipient&apos;s key fingerprint (hexadecimal, as gpg --list-keys shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy keeps the newest backup of each day for 30 days, of each week for 90 days and of each month for a year, and always the newest of each database. Marked below: what it would prune in this directory. Nothing is deleted by this wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;All PostgreSQL databases of the fleet (%n)</source>
        <translation>
            <numerusform>&amp;All PostgreSQL databases of the fleet (%n)</numerusform>
            <numerusform>&amp;All PostgreSQL databases of the fleet (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — database %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3AA5C34371567BD2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would prune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest of its day (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest of its week (90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest of its month (1 year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest backup of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covered by newer backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No directory chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1; the policy would prune %2 of them.</source>
        <translation>
            <numerusform>%n backup in %1; the policy would prune %2 of them.</numerusform>
            <numerusform>%n backups in %1; the policy would prune %2 of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>no database chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n database(s) into %1, encrypted %2.</source>
        <translation>
            <numerusform>%n database into %1, encrypted %2.</numerusform>
            <numerusform>%n databases into %1, encrypted %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>with the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backups in %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertRenewalWizard</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates to renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new certificates cover every DNS form of each Service (name, name.namespace, name.namespace.svc, name.namespace.svc.cluster.local) and the names the current certificate already had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;new CA (10 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;existing CA (certificate and key files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing CA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For comparison: publicly trusted TLS certificates may last at most 200 days since March 2026, 100 days from March 2027 and 47 days from March 2029 (CA/Browser Forum). A private CA sets its own policy; the platform&apos;s is 3 years, renewed 90 days before expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New files &amp;go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory for the new keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one datastore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate file (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA key file (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the new key files go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): serial %3, %n day(s) left → serial %4 until %5</source>
        <translation>
            <numerusform>%1 (%2): serial %3, %n day left → serial %4 until %5</numerusform>
            <numerusform>%1 (%2): serial %3, %n days left → serial %4 until %5</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 4096</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC P-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 (serial %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <source>CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the TLS secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in under 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renew now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names (SAN): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the secret but not served by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datastores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesView</name>
    <message>
        <source>&amp;Renew Certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue new certificates for the selected datastores and roll them out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew Certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificates observed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s): %1 expired, %2 inside the %3-day renewal window</source>
        <translation>
            <numerusform>%n certificate: %1 expired, %2 inside the %3-day renewal window</numerusform>
            <numerusform>%n certificates: %1 expired, %2 inside the %3-day renewal window</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Not audited yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods are running and healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PersistentVolumeClaims are Bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificates are mounted with 0600 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a cluster: no pod to inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS secret is mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 is mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL accepts TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis accepts TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pgcrypto is loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services connect without TLS errors (logs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log evidence: open the datastore&apos;s Logs tab to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No TLS errors in the last %n log line(s)</source>
        <translation>
            <numerusform>No TLS errors in the last %n log line</numerusform>
            <numerusform>No TLS errors in the last %n log lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n TLS error(s) in the last %1 log lines</source>
        <translation>
            <numerusform>%n TLS error in the last %1 log lines</numerusform>
            <numerusform>%n TLS errors in the last %1 log lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit logs are being generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log_duration could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log_duration = on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log_duration = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords have 32 or more characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup was made recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No datastore concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n datastore(s) pass</source>
        <translation>
            <numerusform>%1 of %n datastore pass</numerusform>
            <numerusform>%1 of %n datastores pass</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not assessed</source>
        <translation>
            <numerusform>, %n not assessed</numerusform>
            <numerusform>, %n not assessed</numerusform>
        </translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup was restore-tested recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup made with Proofer for this fleet yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of it was ever restore-tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last restore test %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Last restore test %1 (%n day ago)</numerusform>
            <numerusform>Last restore test %1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: log not read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its log has no line in the window read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n TLS error(s) in the last %2 log lines</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n TLS error line(s) without a time: Proofer&apos;s own protocol and cipher checks leave such lines, so they cannot be told apart (a time in the log prefix, %m, tells them)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: no TLS errors in the last %n log line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n written while Proofer probed it left out)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>its own log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its log was not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its log has no line in the window read: the server logs elsewhere, or wrote nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection or statement line(s) in the last %1 log lines, e.g. %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server writes its log to files inside the pod (logging_collector = on): the container&apos;s log shows none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No connection or statement line in the last %n log line(s), although Proofer&apos;s probe logged in during the scan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n from port-forwarded clients, not services, left out)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>The security validation checklist fills in when a scan completes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s): %1 pass, %2 fail, %3 partial or not assessed</source>
        <translation>
            <numerusform>%n check: %1 pass, %2 fail, %3 partial or not assessed</numerusform>
            <numerusform>%n checks: %1 pass, %2 fail, %3 partial or not assessed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Probe every datastore of a namespace (or a targets file) live over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a kubeconfig and list its contexts as kubectl resolves them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the local demo fleet: PostgreSQL and Redis with TLS behind a Kubernetes API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: proofer [options] [command] [command options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security console for the PostgreSQL, Redis and RabbitMQ of a Kubernetes namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a command, opens the console window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version of Proofer and of its libraries and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window (for example: es); default: the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;proofer &lt;command&gt; --help&quot; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proofer %1: this command is not available yet in Proofer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proofer: unknown command &quot;%1&quot;. Run &quot;proofer --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bearer token (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bearer token from file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate (embedded, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basic (user %1, password %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth-provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VERIFIED (insecure-skip-tls-verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA from certificate-authority-data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  trust:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  TLS name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  auth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: proofer kubeconfig &lt;check|contexts|view&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the kubeconfig as kubectl does: --kubeconfig alone, else every file of $KUBECONFIG (&apos;:&apos;-separated, first definition wins), else ~/.kube/config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the context (cluster, user, namespace, TLS, auth) and validate it; exit 0 or 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the contexts like &quot;kubectl config get-contexts&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the merged kubeconfig as JSON with secrets redacted (--context: only that context)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only this kubeconfig file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context to use instead of current-context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens, passwords and keys are never printed: they show as REDACTED or DATA+OMITTED, as in &quot;kubectl config view&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 when the kubeconfig is usable, 2 on any error (printed on standard error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kubeconfig command &quot;%1&quot; (check, contexts or view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fail-under takes a grade from A+ to F, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--targets cannot be combined with --kubeconfig, --context or --namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency must be between 1 and 256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be between 1 and 600 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window (for example: es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubeconfig to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan the datastores of this YAML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auditor mode: read-only, no secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the TLS certificates of the datastores (preview, apply, verify, roll back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate datastore passwords without the plaintext reaching the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an encrypted backup (pg_dump | gzip | gpg) of a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore an encrypted backup, verified before the live database is touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the grades of past scans and what changed between two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file %1 is readable by others: chmod 600 it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: newest verified backup %n day(s) old (%2)</source>
        <translation>
            <numerusform>%1: newest verified backup %n day old (%2)</numerusform>
            <numerusform>%1: newest verified backup %n days old (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no verified backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) deleted</source>
        <translation>
            <numerusform>%n backup deleted</numerusform>
            <numerusform>%n backups deleted</numerusform>
        </translation>
    </message>
    <message>
        <source>--out-dir is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out-dir %1 is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prune deletes backups: add --yes to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prune only goes with --retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the datastores with --datastore, or say --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of --recipient and --passphrase-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: no PostgreSQL datastore named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: no PostgreSQL datastore to back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--datastore is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--file must name an existing backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say --dry-run to rehearse on a scratch copy, or --yes to restore and swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 is not a PostgreSQL datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESTORED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: no datastore named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan is kept in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAKEN (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRADE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 older scans not shown; --limit 0 lists them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scan #%1: the history is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scan #%1: the history keeps %2 (1 is the latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC, %2, grade %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To   %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade: %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New findings (%n):</source>
        <translation>
            <numerusform>New findings (%n):</numerusform>
            <numerusform>New findings (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fixed findings (%n):</source>
        <translation>
            <numerusform>Fixed findings (%n):</numerusform>
            <numerusform>Fixed findings (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n finding(s)</source>
        <translation>
            <numerusform>Unchanged: %n finding</numerusform>
            <numerusform>Unchanged: %n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>--limit takes a number of scans, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history diff takes two scans (A B) or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the CA: --new-ca, or --ca-cert FILE with --ca-key FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-cert and --ca-key go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key type &quot;%1&quot; (rsa4096 or ec-p256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be between 1 and 3650</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing will be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading namespace %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating keys and certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA: %1 (serial %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 (%2): serial %3, %4 days left → new serial %5, valid until %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the datastores with --datastore, or give --all (not both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the passphrase file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the recovery record: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recovery passphrase is needed (--recovery-passphrase-file): until the Secret holds the new password, only the encrypted recovery record does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the scan is not kept in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade %1 (%2) is below %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: no journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate these passwords now? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the rollback did not complete; the journal and the messages above say what is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the operations that did not finish; resume, roll back or abandon one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: no terminal to confirm on: give --yes to %1 without confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>note: %n operation(s) did not finish; see &quot;proofer operations&quot;</source>
        <translation>
            <numerusform>note: %n operation did not finish; see &quot;proofer operations&quot;</numerusform>
            <numerusform>note: %n operations did not finish; see &quot;proofer operations&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>started %1, process %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still running elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no resume: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rollback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unfinished operations in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;proofer operations resume|rollback|abandon &lt;journal&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (list, resume, rollback or abandon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs one journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no journal &quot;%1&quot; (give a path or a file name in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the run of %1 has ended: there is nothing to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: it is running elsewhere (process %1 is alive); nothing was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: it cannot be resumed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: it cannot be rolled back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this run abandoned? What it applied stays as it is. [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked abandoned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal is for namespace %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the recovery records: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery passphrase is needed (--recovery-passphrase-file): the passwords are only in the encrypted recovery records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume this run? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll this run back? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the plan again from the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this plan? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 and %2 are scans of different scopes: %3, and %4 (give --force to diff them anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no grade (%1): --fail-under %2 fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to grade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no datastore could be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: proofer backup [--kubeconfig FILE] [--context NAME] [--namespace NS] (--datastore NAME... | --all)
                      --out-dir DIR (--recipient FINGERPRINT | --passphrase-file FILE) [--sign-key FINGERPRINT]
                      [--dry-run]
       proofer backup --targets FILE (--datastore NAME... | --all) --out-dir DIR ...
       proofer backup --retention --out-dir DIR [--prune --yes]

Backs up PostgreSQL databases: pg_dump | gzip | gpg into DIR as
&lt;database&gt;_&lt;datastore&gt;_&lt;yyyyMMdd&gt;T&lt;HHmmss&gt;Z.sql.gz.gpg (UTC). A dump that fails leaves no file.
Each backup is decrypted and checked after writing when this machine can (passphrase, or the
recipient&apos;s secret key in the keyring). The run stops at the first failure; backups already
written are kept.

Options:
  --kubeconfig FILE        kubeconfig to use (default: $KUBECONFIG, then ~/.kube/config)
  --context NAME           context to use (default: the current context)
  -n, --namespace NS       namespace (default: the context&apos;s)
  --targets FILE           the datastores of this YAML file instead of a cluster
  --datastore NAME         a PostgreSQL datastore to back up (repeat, or comma-separated)
  --all                    every PostgreSQL datastore
  --out-dir DIR            where the backups go
  --recipient FINGERPRINT  encrypt to this public key of the keyring
  --passphrase-file FILE   encrypt with the passphrase in FILE (mode 0600, first line)
  --sign-key FINGERPRINT   sign with this secret key of the keyring (your own): a restore then
                           names you as the signer and refuses what is not signed
  --dry-run                check tools, directory, key and logins; write nothing
  --retention              list what the retention policy keeps and prunes in --out-dir
                           (daily 30 days, weekly 90, monthly 1 year)
  --prune                  with --retention and --yes: delete what the policy prunes
  --yes                    confirm --prune
  -h, --help               show this help

Exit status: 0 done, 1 a backup failed, 2 bad usage, 3 the cluster or datastore was unreachable.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the shell completion script for bash, zsh or fish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proofer: no display: use a subcommand, e.g. `proofer scan` (&quot;proofer --help&quot; lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proofer: unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proofer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: proofer completion bash|zsh|fish

Prints the shell completion script: commands, their options, and the values of --output (formats),
--fail-on (severities), --fail-under (grades), --context (the kubeconfig&apos;s contexts) and file options.

Commands:
  bash                  source &lt;(proofer completion bash), e.g. in ~/.bashrc
  zsh                   source &lt;(proofer completion zsh), e.g. in ~/.zshrc (after compinit)
  fish                  proofer completion fish &gt; ~/.config/fish/completions/proofer.fish

Options:
  -h, --help            show this help

The package installs the scripts where each shell finds them.
Exit status: 0 success, 2 bad usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--list takes &quot;contexts&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one shell: bash, zsh or fish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: proofer history [--scope SCOPE] [--limit N] [-o text|json]
       proofer history diff [A B] [--scope SCOPE] [--force] [-o text|json]

Lists the grades of past scans, newest first: #1 is the latest.
&quot;diff&quot; compares scan A (the older) with scan B (the newer): the findings that are new in B,
those fixed since A (by datastore and finding id) and the change of grade. A and B are numbers
from the list or paths to snapshot JSON files (proofer scan -o json); without them: 2 1.
Scans of different scopes (namespace or targets file, context, cluster) are not compared
unless --force is given.

Options:
  --scope SCOPE         only the scans of this namespace, targets file or context
  --limit N             list at most N scans (default: 20; 0: all)
  --force               diff two scans even when their scopes differ
  -o, --output FORMAT   text or json (default: text; --format FORMAT is the same)
  -h, --help            show this help

Every &quot;proofer scan&quot; keeps its audited snapshot in %1
(the latest %2, none older than %3 days); &quot;proofer scan --no-history&quot; keeps nothing.

Exit status: 0 success, 2 bad usage, a snapshot that cannot be read, or scopes that differ.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default) or json (--format is the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: proofer operations [list] [--journal-dir DIR]
       proofer operations resume|rollback JOURNAL [--kubeconfig FILE] [--context NAME] [--yes]
                          [--recovery-passphrase-file FILE]
       proofer operations abandon JOURNAL [--yes]

Lists the operations that did not finish (Proofer or the machine stopped while they ran) from
their journals: what, when, how far, and whether the process that ran them is still alive (then
it is running elsewhere and nothing may be done to it). resume continues from the first step not
applied; rollback undoes the steps that were applied; abandon marks the journal ended without
changing anything (what is left is then yours to handle). JOURNAL is a path or a file name in
the journal folder.

Options:
  --kubeconfig FILE               kubeconfig to use (default: $KUBECONFIG, then ~/.kube/config)
  --context NAME                  context to use (default: the current context)
  -n, --namespace NS              must be the journal&apos;s namespace when given
  --journal-dir DIR               the journal folder (default: Proofer&apos;s)
  --recovery-passphrase-file FILE rotate-password: the passphrase of its recovery records
                                  (first line); without it, asked on the terminal
  -y, --yes                       do not ask for confirmation (required without a terminal)
  -h, --help                      show this help

Exit status: list: 0 none unfinished, 1 some are. resume/rollback: 0 finished, 1 the resumed run
failed and was rolled back, 2 bad usage or refused, 3 the cluster could not be reached, 4 the
rollback failed. abandon: 0 done, 2 refused.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown output format &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o/--output takes a format (%1), not a file: to write to &quot;%2&quot;, use --output-file %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o/--output takes a format (%1), not a file: to write to &quot;%2&quot;, redirect standard output (&gt; %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format %1 and -o/--output %2 name two formats: give one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: proofer renew-certs [--kubeconfig FILE] [--context NAME] [--namespace NS]
                           [--datastore NAME...] (--new-ca | --ca-cert FILE --ca-key FILE) [options]

Renews the TLS certificates of the datastores: a new key and a certificate for every Service DNS
name (and the names the current certificate has), signed by a new CA (10 years) or an existing one,
checked (key, chain, names), written to the TLS Secrets with a resourceVersion precondition, the
datastores restarted and a live handshake that each serves the new serial. On failure the previous
Secret data is put back and the datastores restarted again.

Options:
  --kubeconfig FILE       kubeconfig to use (default: $KUBECONFIG, then ~/.kube/config)
  --context NAME          context to use (default: the current context)
  -n, --namespace NS      namespace (default: the context&apos;s)
  --datastore NAME        a datastore to renew (repeatable; default: every one with TLS)
  --new-ca                create a new CA (10 years) and sign with it
  --ca-cert FILE          sign with this existing CA certificate (PEM)...
  --ca-key FILE           ...and its private key (PEM)
  --key-type TYPE         rsa4096 (default) or ec-p256
  --days N                validity of the server certificates (default: 1095, 3 years)
  --out-dir DIR           where the new keys and certificates are written, mode 0600
                          (default: a new folder in Proofer&apos;s data folder)
  --journal-dir DIR       where the journal goes (default: Proofer&apos;s journal folder)
  --dry-run               print the plan and the previews, check the preconditions, change nothing
  -y, --yes               do not ask for confirmation (required without a terminal)
  -h, --help              show this help

Exit status: 0 renewed (or a clean dry run), 1 failed and rolled back (or the dry run found
problems), 2 bad usage, 3 the cluster was unreachable, 4 the rollback failed (see the journal).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: proofer rotate-password [--kubeconfig FILE] [--context NAME] [--namespace NS]
                               (--datastore NAME... | --all) [options]

Rotates the passwords of PostgreSQL and Redis datastores: a new 32-character password from the
system&apos;s CSPRNG, ALTER ROLE with a SCRAM verifier computed here (the password never reaches the
server or its log), the credentials Secret patched with a resourceVersion precondition and
annotated with the rotation time, the workloads that use it restarted, and a real login with the
new password over verify-full. Any failure puts the old password back. No password is printed.

Options:
  --kubeconfig FILE               kubeconfig to use (default: $KUBECONFIG, then ~/.kube/config)
  --context NAME                  context to use (default: the current context)
  -n, --namespace NS              namespace (default: the context&apos;s)
  --datastore NAME                a datastore to rotate (repeat for more)
  --all                           every PostgreSQL and Redis of the namespace
  --dry-run                       check everything, change nothing
  -y, --yes                       do not ask for confirmation (required without a terminal)
  --recovery-passphrase-file FILE passphrase that encrypts the recovery record (first line);
                                  without it, asked on the terminal
  --recovery-dir DIR              where recovery records go (default: the app data dir)
  --journal-dir DIR               where the journal goes (default: the app data dir)
  --timeout SECONDS               connect timeout per login (default: 20)
  -h, --help                      show this help

Exit status: 0 rotated (or the dry run passed), 1 failed and rolled back, 2 bad usage,
3 the cluster or a datastore could not be reached (nothing changed), 4 the rollback failed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) at or above %1 (--fail-on): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>-o %1 writes a binary file: give --output-file FILE or redirect standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fail-on takes a severity (critical, high, medium, low or info), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Probing %n datastore(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached, TLS on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached, TLS off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n datastore(s) in %1 s: %2 not reached, findings: %3, fleet grade: %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--verbose takes a level from 0 to 3, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log more on standard error: -v Proofer&apos;s warnings, -vv its debug
%1messages and Qt&apos;s warnings, -vvv everything (or --verbose=N);
%1QT_LOGGING_RULES, when set, decides instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print only errors on standard error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command takes -q (errors only) and -v, -vv or -vvv (log output on standard error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security console for the datastores of a Kubernetes namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan on an interval and serve the results to Prometheus (/metrics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--in-cluster cannot be combined with --kubeconfig, --context or --targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--backup-location needs a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--backup-location %1: no such directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--policy needs a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n accepted risk(s) not counted)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the scan did not end within %1 minutes and was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan %1 ended at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proofer serve: scan %1 failed after %2 s: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>proofer serve: scan %1 ended in %2 s: grade %3, %n datastore(s), %4 not reached</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--interval takes a duration from 10s to 24h (e.g. 30s, 5m, 1h), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the targets of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace %1 as the pod&apos;s ServiceAccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace %1 of context %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first scan has not ended yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot watch for signals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proofer serve: listening on http://%1:%2/metrics; scanning %3 every %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: proofer restore [--kubeconfig FILE] [--context NAME] [--namespace NS] | [--targets FILE]
                       --datastore NAME --file BACKUP.sql.gz.gpg [--passphrase-file FILE]
                       [--allow-unsigned] (--dry-run | --yes)

Decrypts the backup (its integrity and its signature checked before anything else: an unsigned
backup, or one signed by a key your keyring does not hold valid, is refused without
--allow-unsigned), decompresses and checks the dump (its database; nothing that reaches outside
the scratch database: roles, databases, tablespaces, ALTER SYSTEM, COPY … PROGRAM, server files,
role switches, LOAD, extensions outside an allow-list, DO blocks, psql meta-commands), restores
it into a new scratch database in one transaction that is kept only if nothing outside that
database changed (when your login may alter roles, as a role made for the restore that may not,
dropped at its end), and compares tables and row counts. With --yes it then swaps: the live
database is renamed &lt;db&gt;_previous_&lt;time&gt; (kept until you drop it) and the restored copy takes
its name. With --dry-run the scratch database is dropped again: nothing live changes.

Options:
  --kubeconfig FILE        kubeconfig to use (default: $KUBECONFIG, then ~/.kube/config)
  --context NAME           context to use (default: the current context)
  -n, --namespace NS       namespace (default: the context&apos;s)
  --targets FILE           the datastore from this YAML file instead of a cluster
  --datastore NAME         the PostgreSQL datastore to restore into
  --database NAME          the database (default: the datastore&apos;s)
  --file FILE              the encrypted backup
  --passphrase-file FILE   its passphrase, or the passphrase of your secret key (mode 0600)
  --allow-unsigned         restore a backup that is not signed by a key your keyring holds valid
                           (a bad signature is refused anyway)
  --dry-run                rehearse everything on a scratch copy and drop it
  --yes                    restore and swap
  -h, --help               show this help

Exit status: 0 done, 1 failed (and rolled back), 2 bad usage, 3 unreachable.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump ran as role %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proofer-cli: a subcommand is needed, e.g. `proofer-cli scan` (&quot;proofer-cli --help&quot; lists them); the console window is in the proofer package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: proofer scan [--kubeconfig FILE] [--context NAME] [-n NS] [options]
       proofer scan --in-cluster [-n NS] [options]
       proofer scan --targets FILE [options]

Probes every PostgreSQL, Redis and RabbitMQ of a namespace live over TLS (through port-forwards, or
in a pod through their Services), or the datastores listed in a targets file, and prints what it
observed.

Options:
  --kubeconfig FILE     kubeconfig to use (default: $KUBECONFIG, then ~/.kube/config)
  --context NAME        context to use (default: the current context)
  -n, --namespace NS    namespace to scan (default: the context&apos;s)
  --targets FILE        scan the datastores of this YAML file instead of a cluster
  --in-cluster          connect as the pod&apos;s ServiceAccount (the default in a pod when no kubeconfig
                        exists; docs/in-cluster.md)
  -o, --output FORMAT   what to write (default: text; --format FORMAT is the same):
%1  --output-file FILE    write it to FILE instead of standard output (pdf needs it unless standard
                        output is redirected)
  --concurrency N       datastores probed at once (default: 8)
  --timeout SECONDS     connect timeout per step (default: 10)
  --fail-under GRADE    exit 1 when the fleet grade is lower (e.g. B-), or when there is no grade
  --fail-on SEVERITY    exit 1 when a finding is at least this severe (critical, high, medium, low
                        or info); with --fail-under, either gate fails the scan; findings the
                        policy accepts (until they expire) fail neither gate
  --policy FILE         the policy that grades the scan: profile thresholds, attested facts,
                        accepted risks (docs/policy.md); default: $PROOFER_POLICY, then
                        ./.proofer.yaml, then $XDG_CONFIG_HOME/proofer/policy.yaml, else built in
  --no-history          do not keep this scan in the history (see &quot;proofer history&quot;)
  --publish configmap[/NAME]
                        also write the snapshot (the JSON of -o json) to the ConfigMap NAME (default
                        proofer-snapshot) of the scanned namespace, keeping earlier ones as
                        NAME-&lt;time&gt; (docs/in-cluster.md)
  --publish-keep N      how many earlier snapshots --publish keeps (default: 10; 0: none)
  --backup-location DIR a directory where the platform&apos;s backup script writes
                        &lt;db&gt;_&lt;name&gt;_&lt;timestamp&gt;.sql.gz.gpg: its encrypted files count as backups
                        (seen, not decrypted) beside Proofer&apos;s own; repeatable. pvc/NAME:/PATH is
                        PATH in the PVC NAME of the namespace, listed in a running pod that mounts
                        it (kubectl exec: find, stat, head; RBAC create on pods/exec)
  --thorough            make every observation again (TLS versions, plaintext), even where the last
                        one could be reused: its datastore&apos;s fingerprint is unchanged and it is
                        younger than the policy&apos;s TTL, 24 h by default (docs/probing.md)
  --no-progress         no progress on standard error (shown only when it is a terminal); the text
                        report is in colour on a terminal unless NO_COLOR is set
  -h, --help            show this help

Exit status: 0 the scan ran (whatever it found), 1 a gate failed (--fail-under, --fail-on), 2 bad usage
or configuration, 3 the cluster or every datastore was unreachable, or the scope holds no datastore
(nothing to grade), or the snapshot could not be published.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the snapshot was not published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published to ConfigMap %1 in namespace %2 (%3, %4 KiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n older deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--publish writes to the scanned namespace: it cannot be combined with --targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--publish-keep must be between 0 and 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--publish-keep needs --publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--backup-location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--backup-location %1 is on a PVC: it needs a cluster, not --targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: proofer serve [--listen ADDRESS] [--interval DURATION] [--kubeconfig FILE] [--context NAME] [-n NS]
       proofer serve --in-cluster [-n NS] [--listen ADDRESS] [--interval DURATION]
       proofer serve --targets FILE [--listen ADDRESS] [--interval DURATION]

Scans every PostgreSQL, Redis and RabbitMQ of a namespace (or the datastores of a targets file) as
&quot;proofer scan&quot; does, again on an interval, and serves what the newest scan found to Prometheus:
  GET /metrics     the fleet&apos;s grade, each datastore up or down, open findings, certificate expiry,
                   TLS versions (docs/in-cluster.md lists the metrics and example alert rules)
  GET /healthz     200 while the exporter runs
  GET /readyz      200 once the first scan has ended
  POST /-/rescan   scan again now
Runs until Ctrl-C or SIGTERM.

Options:
  --listen ADDRESS      ADDRESS:PORT to serve on (default: 127.0.0.1:9187; :9187 listens on every
                        interface; port 0 takes a free port, named on standard error)
  --interval DURATION   time between two scans: 30s, 5m, 1h (default: 5m; from 10s to 24h)
  --kubeconfig FILE     kubeconfig to use (default: $KUBECONFIG, then ~/.kube/config)
  --context NAME        context to use (default: the current context)
  -n, --namespace NS    namespace to scan (default: the context&apos;s)
  --targets FILE        scan the datastores of this YAML file instead of a cluster (read again at
                        every scan)
  --in-cluster          connect as the pod&apos;s ServiceAccount (the default in a pod when no kubeconfig
                        exists); its token is read again at every request
  --concurrency N       datastores probed at once (default: 8)
  --timeout SECONDS     connect timeout per step (default: 10)
  --thorough            make every observation at every scan, reusing none (docs/probing.md)
  --policy FILE         the policy that grades every scan (docs/policy.md); default: $PROOFER_POLICY,
                        then ./.proofer.yaml, then $XDG_CONFIG_HOME/proofer/policy.yaml, else built in
  --publish configmap[/NAME]
                        after every scan, write its snapshot to the ConfigMap NAME (default
                        proofer-snapshot) of the namespace, as &quot;proofer scan --publish&quot; does
  --publish-keep N      earlier snapshots --publish keeps as NAME-&lt;time&gt; (default: 10; 0: none)
  -h, --help            show this help

Exit status: 0 stopped by a signal, 2 bad usage or configuration (the address cannot be listened on,
the kubeconfig or the targets file cannot be read).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proofer serve: scan %1 was not published: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceMatrixModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Fleet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule of this control applies here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked for “%1”: not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 if it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence required: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At best partial: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing for a pass: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceView</name>
    <message>
        <source>F&amp;ramework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Evidence Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the auditor&apos;s evidence pack: grade, findings, compliance matrix and certificates, with the hash of the snapshot it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compliance mappings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n control(s): %1 pass, %2 fail, %3 partial, %4 not assessed</source>
        <translation>
            <numerusform>%n control: %1 pass, %2 fail, %3 partial, %4 not assessed</numerusform>
            <numerusform>%n controls: %1 pass, %2 fail, %3 partial, %4 not assessed</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a cell to see the control, the rules behind it and their evidence on that datastore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a namespace to see how the fleet meets PCI DSS, GDPR, SOC 2 and the CIS benchmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datastore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule of this control applies to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML evidence pack (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF evidence pack (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Evidence Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build cannot write PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence required:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At best partial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing for a pass:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeductionsModel</name>
    <message>
        <source>failed check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capped at %1 while a %2 finding is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fleet capped at %1 while a Critical finding is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Usage: proofer demo [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the demo fleet on 127.0.0.1: PostgreSQL servers and a Redis with TLS from a demo CA, exposed in namespace bakery-ia by an embedded Kubernetes API. Runs until Ctrl-C or SIGTERM, then stops every server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL instances, 1 to 14 (default: 14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardened, reference (default: the platform as documented) or before (pre-hardening)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where clusters, keys and the kubeconfig live (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the kubeconfig (client certificate, mode 0600) here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave RabbitMQ out even when rabbitmq-server is installed (starts about 5 s sooner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the console window on the fleet once it is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--instances must be a number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scenario &quot;%1&quot; (hardened, reference or before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: could not set up signal handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the demo fleet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proofer demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo fleet stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Demo fleet ready (%1 scenario): %n PostgreSQL server(s) and Redis in namespace %2, started in %3 s.</source>
        <translation>
            <numerusform>Demo fleet ready (%1 scenario): %n PostgreSQL server and Redis in namespace %2, started in %3 s.</numerusform>
            <numerusform>Demo fleet ready (%1 scenario): %n PostgreSQL servers and Redis in namespace %2, started in %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kubeconfig: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try: proofer scan --kubeconfig %1 --namespace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console window opened on the fleet; closing it stops the fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl-C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Demo fleet ready (%1 scenario): %n PostgreSQL server(s), Redis and RabbitMQ in namespace %2, started in %3 s.</source>
        <translation>
            <numerusform>Demo fleet ready (%1 scenario): %n PostgreSQL server, Redis and RabbitMQ in namespace %2, started in %3 s.</numerusform>
            <numerusform>Demo fleet ready (%1 scenario): %n PostgreSQL servers, Redis and RabbitMQ in namespace %2, started in %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>With --manifests, the objects are created as kubectl apply creates them (namespace from the object, else --namespace, else default); postgres and redis containers run as real local servers reading what their volumes hold; what is not translated is listed at start. A malformed document exits with status 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the platform of these Kubernetes manifests instead of a scenario: a file, a directory (read recursively in name order) or - for standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 holds no Kubernetes object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Demo ready from %1: %n pod(s), started in %2 s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--manifests runs the manifests&apos; own platform: --scenario, --instances and --no-rabbitmq do not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gui opens the console window, which proofer-cli does not have: run `proofer demo --gui` from the proofer package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epmd did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoController</name>
    <message>
        <source>Demo fleet ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo fleet stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo fleet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the demo fleet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the &amp;Demo Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run real PostgreSQL and Redis servers behind an emulated Kubernetes API on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top the Demo Fleet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message>
        <source>The demo fleet could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo fleet stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo fleet exited with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The demo fleet was not ready within %n s: it was stopped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a datastore to see its certificates, settings, findings and evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assessed, %2 not assessed, %3 not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PVC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, class %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not testable here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate observed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server presented no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS secret mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches the served one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: the server has not loaded the certificate in the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the server&apos;s files come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing Proofer can read names the server&apos;s TLS files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Risk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this finding in a policy file, with a justification, an approver and an expiry: it stays shown, as accepted, and costs no points until then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Risk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1, %2 accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reused from %1 (fingerprint unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made in this scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made in this scan: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Open Kubeconfig…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the events again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pod or workload to read events of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events are read from a cluster: this scan has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (×%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events (the cluster keeps them about an hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryTimeline</name>
    <message>
        <source>%1 · CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside the renewal window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired or under 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Renewal line (%n day(s))</source>
        <translation>
            <numerusform>Renewal line (%n day)</numerusform>
            <numerusform>Renewal line (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate expiry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message>
        <source>cannot read targets file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: not valid YAML: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no &quot;datastores:&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each datastore is a mapping ({name: …, kind: …, host: …})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot;, &quot;kind&quot; and &quot;host&quot; are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (postgresql, redis or rabbitmq)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a TCP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caFile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caFile %1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passwordFile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passwordEnv: the variable %1 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the &quot;datastores:&quot; list is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managementPort &quot;%1&quot; is not a TCP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted to a group of everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted to a default ServiceAccount (every pod that names none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted by a ClusterRoleBinding (every namespace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a wildcard rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 via %2 → %3 (%4 %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list %1: forbidden (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup catalog could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sslmode (libpq&apos;s default, prefer, does not verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redis:// (no TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rediss:// (ssl_cert_reqs defaults to required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amqp:// (no TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 key %2 is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connected, but Redis never answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passwordFile %1 is readable or writable by others: run chmod 600 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL probe did not log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis never answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 is of type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 is of type %2 (node port %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 has externalIPs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress %1 routes to Service %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod %1 has no UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pod facts were read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s start and configuration load times were not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INFO server gave no run_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a thorough scan observes everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fingerprint could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no earlier observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fingerprint changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last observation (%1) is older than %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reused (fingerprint unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the observation cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the observation cache %1 is larger than %2 MiB: ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the observation cache %1 is damaged (%2): ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the observation cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more entries than Proofer lists: only the first were looked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PVC location is written pvc/NAME:/path/in/volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PVC name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path in the volume must start with /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path holds a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path may not leave the volume (..)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pod mounts PVC %1 (at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no running pod mounts PVC %1 (%2 not running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on PVC %2 via pod %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be listed in pod %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a backup location on a PVC is read in the cluster: this scan has none (--targets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the pods of namespace %2 could not be listed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fleet::FleetScanner</name>
    <message>
        <source>%1: no answer within %2 s; stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a pod but there is no cluster connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is off: nothing to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login ended before the fingerprint was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS login failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS login read the fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a thorough scan observes everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RabbitMQ is observed in every scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the verified login did not come first: everything was observed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no earlier observation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fleet::Resolver</name>
    <message>
        <source>Kubernetes default 0644</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret %1 is not readable or does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ConfigMap %1 is not readable or does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret %1 has no key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ConfigMap %1 has no key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no volume is mounted at %1 in container %2 (the file would come from the image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mounted with a subPathExpr, which depends on the pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mount %1 names a volume %2 the pod does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the volume %1 (Secret %2) has nothing at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the volume %1 (ConfigMap %2) has nothing at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source of the projected volume %1 puts a file at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the emptyDir volume %2 and no init container visibly copies it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the %2 volume %3, not from a Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init container %1: install -m %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init container %1: chmod %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init container %1: chmod %2 (not evaluated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init container %1 copies %2 to %3 without a visible chmod: its mode is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set where Proofer can read it (command, args, config files, env)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the container&apos;s command, args and config files do not set ssl_cert_file; the server&apos;s own postgresql.conf (in its data directory) cannot be read from the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the container&apos;s command, args, config files and env do not name the server&apos;s certificate file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message>
        <source>No pod of %1/%2 exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pod</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running, not ready</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PersistentVolumeClaim is mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (ephemeral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3, class %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A direct target from a targets file: no Kubernetes facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer TLS: everything travels in clear text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port also accepts plaintext connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
issued by %2
expires %3</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ephemeral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is lost when the pod restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on PVC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bound PVC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis has no connection audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AOF on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appendonly yes, save &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDB only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appendonly no, save &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither AOF nor RDB snapshots: a restart loses the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PVC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chars</source>
        <translation>
            <numerusform>%n chars</numerusform>
            <numerusform>%n chars</numerusform>
        </translation>
    </message>
    <message>
        <source>not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan was cancelled before this datastore was probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: last terminated with exit code %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reachable now: last observed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) (as of %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ No finding from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n accepted by the policy (not counted):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>≈ %1 (%2), accepted: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetTable</name>
    <message>
        <source>Start the Demo Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter datastores by name, kind or state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High or worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium or worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low or worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No datastore matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradeHistoryChart</name>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet score (0–100) of each kept scan; dashed lines: the A, B, C and D thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradePanel</name>
    <message>
        <source>Deductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if these were fixed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading after the scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grade yet: scan a namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet score %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from the previous scan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed checks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductions (%1 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick findings to project the grade with them fixed.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier scan of this scope to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the scan of %1: grade unchanged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the scan of %1: grade %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new finding(s)</source>
        <translation>
            <numerusform>%n new finding</numerusform>
            <numerusform>%n new findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fixed</source>
        <translation>
            <numerusform>%n fixed</numerusform>
            <numerusform>%n fixed</numerusform>
        </translation>
    </message>
    <message>
        <source>new: %1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed: %1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n accepted by the policy</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Policy: built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy file was found: the built-in profile grades, no risk is accepted (docs/policy.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Policy file %1
SHA-256 %2
%n accepted risk(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Right-click a finding to tick its rule everywhere, or everything on its datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix This Rule Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix %1 Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix Everything on This Datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix Everything on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the Ticks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kube</name>
    <message>
        <source>context was not found for specified context: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to read client-cert %1 for %2 due to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to read client-key %1 for %2 due to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client-key-data or client-key must be specified for %1 to use the clientCert authentication method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to read tokenFile %1 for %2 due to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokenFile %1 for %2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Auth Provider found for name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the oidc auth provider of user &quot;%1&quot; has no id-token; log in with your OIDC helper (for example &quot;kubectl oidc-login&quot;) first: Proofer does not run the OIDC refresh flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id-token of the oidc auth provider of user &quot;%1&quot; expired at %2; log in again with your OIDC helper (for example &quot;kubectl oidc-login&quot;): Proofer does not run the OIDC refresh flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getting credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; has no exec plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin cannot support interactive mode: standard input is not a terminal. The plugin %1 of user &quot;%2&quot; asks for a terminal on every run (interactiveMode: Always), and Proofer has none to give it. Log in once in a terminal, or set interactiveMode to IfAvailable or Never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin %1 wrote more than %2 KiB to standard output; its output was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec: executable %1 not found (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec: executable %1 was killed by a signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec: executable %1 failed with exit code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoding stdout: couldn&apos;t get version/kind; json parse error: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoding stdout: Object &apos;Kind&apos; or &apos;apiVersion&apos; is missing in the exec plugin&apos;s output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin is configured to use API version %1, plugin returned version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoding stdout: no kind &quot;%1&quot; is registered for version &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a status field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin returned only certificate or key, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a token or cert/key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin returned an unreadable expirationTimestamp &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin %1 for user &quot;%2&quot; did not finish within %3 seconds and was stopped; it may be waiting for a login (a browser or a prompt) that Proofer cannot show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin %1 for user &quot;%2&quot; was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kubeconfig is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no kind &quot;%1&quot; is registered for version &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of &quot;%1&quot; must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot; in list of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; of &quot;%2&quot; must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;args&quot; must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;env&quot; must be a list of name/value pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;config&quot; of an auth-provider must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;config&quot; of an auth-provider must map strings to strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;exec&quot; must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;auth-provider&quot; must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1: is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error in configuration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server found for cluster &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid &apos;proxy-url&apos; &quot;%1&quot; for cluster &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid &apos;proxy-url&apos; &quot;%1&quot; for cluster &quot;%2&quot;: scheme &quot;%3&quot; is not supported (http, https and socks5 are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; uses a socks5 proxy: API requests go through it, but port-forward (WebSocket) cannot be carried over SOCKS5, so datastores must be reached directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate-authority-data and certificate-authority are both specified for %1. certificate-authority-data will override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to read certificate-authority %1 for %2 due to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specifying a root certificates file with the insecure flag is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insecure-skip-tls-verify is set for cluster &quot;%1&quot;: the server&apos;s certificate will not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client-cert-data and client-cert are both specified for %1. client-cert-data will override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client-key-data and client-key are both specified for %1; client-key-data will override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authProvider cannot be provided in combination with an exec plugin for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command must be specified for %1 to use exec authentication plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apiVersion must be specified for %1 to use exec authentication plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin: invalid apiVersion &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env variable name must be specified for %1 to use exec authentication plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interactiveMode must be specified for %1 to use exec authentication plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exec plugin of %1 has interactiveMode: Always: it needs a terminal on every run, which Proofer&apos;s window cannot give it, so it will fail there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid interactiveMode for %1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gcp auth plugin has been removed. Please use the &quot;gke-gcloud-auth-plugin&quot; kubectl/client-go credential plugin instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The azure auth plugin has been removed. Please use the &quot;kubelogin&quot; kubectl/client-go credential plugin instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one authentication method found for %1; found [%2], only one is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yaml: line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stat %1: no such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid configuration: no configuration has been provided (no kubeconfig file was found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current-context is not set in %1; choose a context (--context)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context &quot;%1&quot; names no cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to load root certificates of cluster &quot;%1&quot;: unable to parse bytes as PEM block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls: failed to find any PEM data in the client certificate of user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls: failed to parse the private key of user &quot;%1&quot; (RSA, EC or DSA in PEM expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a watch event without an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown watch event type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in namespace &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no credentials: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connection refused by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: DNS lookup failed for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: TLS handshake with %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: proxy %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server did not answer with JSON (HTTP %2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3, HTTP %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2 with a body that is not a Kubernetes Status (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer from %2 within %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; can&apos;t restart paused deployment (run rollout resume first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the rollout of %1 &quot;%2&quot; in namespace &quot;%3&quot;: not complete in time (%4 of %5 replicas updated, %6 available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the watch stream went silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch of %1: an event larger than 16 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch of %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server forgot resource version %1 (410 Gone): listed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the watch stream of %1 was dropped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty port-forward frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port-forward frame on unknown channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first port-forward frame of channel %1 is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port-forward stream is for port %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: response larger than %2 MiB; the rest was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the responses being read at once grew larger than %2 MiB; this one was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: illegal base64 data at input byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2 with a body larger than %3 KiB, not read whole (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list has more than %1 items; it was stopped there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a continue token longer than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent the continue token &quot;%1&quot; again after %2 pages: it would page forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list needs more than %1 pages; it was stopped there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yaml: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yaml: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown anchor &apos;%1&apos; referenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document contains excessive aliasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer to this request from %2 within %3 s, while the server answered others (it is reachable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was restarted at %3, the time it is now: a restart now would change nothing (is the clock stopped?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to load in-cluster configuration, KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KUBERNETES_SERVICE_PORT is not a port: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KUBERNETES_SERVICE_HOST is not a host: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ServiceAccount token %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data does not contain any valid RSA or ECDSA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected to load root CA config from %1, but got err: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API server did not accept the credentials (HTTP 401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied (HTTP 403): the user may not create pods/exec in namespace &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pod does not exist (HTTP 404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API server refused the exec (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not end within %2 s: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec in pod %1/%2: no command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command %1 in pod %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec in pod %1/%2: the server accepted neither v5.channel.k8s.io nor v4.channel.k8s.io (got &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec in pod %1/%2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the stream ended before the command&apos;s status (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrote more than %2 bytes to standard output: stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the command&apos;s status is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the command&apos;s status could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended with exit code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kube::PortForwarder</name>
    <message>
        <source>port-forward to %1/%2 cannot go through the SOCKS5 proxy of the kubeconfig (kubectl has the same limit): use an HTTP(S) proxy-url or a direct route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1 for the port-forward to %1/%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port-forward to %1/%2: the server did not accept the v4.channel.k8s.io protocol (got &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel lost to %1/%2 port %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port-forward to %1/%2 port %3 failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogsPane</name>
    <message>
        <source>&amp;Pod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ollow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep reading new lines as the pod writes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the logs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durations (duration:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs are read from Kubernetes: connect to a cluster to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no pod to read logs from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading the last %n line(s) of %1…</source>
        <translation>
            <numerusform>Reading the last %n line of %1…</numerusform>
            <numerusform>Reading the last %n lines of %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Following %1: %n line(s)</source>
        <translation>
            <numerusform>Following %1: %n line</numerusform>
            <numerusform>Following %1: %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) from %1</source>
        <translation>
            <numerusform>%n line from %1</numerusform>
            <numerusform>%n lines from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is gone; waiting for the pod that replaces it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>──── %1 restarted: following it again ────</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>──── %1 was replaced by %2: following %2 ────</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Kubeconfig…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the contexts of another kubeconfig file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe every datastore again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Datastores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Status Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auditor Mode (Read-Only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Proofer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kubeconfig found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for datastores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading namespace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No datastores in namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofer found no PostgreSQL, Redis or RabbitMQ here: no workload labelled &lt;tt&gt;app.kubernetes.io/component=database&lt;/tt&gt; and none running those images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No datastores to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofer lists every PostgreSQL, Redis and RabbitMQ of a namespace here, with its TLS, certificate, storage, authentication and audit posture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n datastore(s)</source>
        <translation>
            <numerusform>%n datastore</numerusform>
            <numerusform>%n datastores</numerusform>
        </translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig files (*config* *.yaml *.yml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofer reads your clusters from &lt;tt&gt;$KUBECONFIG&lt;/tt&gt; or &lt;tt&gt;~/.kube/config&lt;/tt&gt;, and neither exists.&lt;br&gt;Open one with &lt;b&gt;File ▸ Open Kubeconfig…&lt;/b&gt; or start the demo fleet — real PostgreSQL and Redis behind an emulated Kubernetes API, on this computer — with the button below or, in a terminal, &lt;tt&gt;proofer demo&lt;/tt&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence pack saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;leet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompliance Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ertificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only until Proofer is closed: no operation can change the cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationsHistoryDialog</name>
    <message>
        <source>Operations History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every operation run from this computer, from its journal in %1. Journals hold no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the journals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operation has been run from this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export All Journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationsHistoryModel</name>
    <message>
        <source>%1
Journal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datastores or workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationsMenu</name>
    <message>
        <source>Restarting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renew Certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue new server certificates, patch the TLS Secrets, restart and verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate &amp;Passwords…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New 32-character passwords: server, Secret, dependent services, verified login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Databases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump | gzip | gpg of the chosen databases, verified and recorded for the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt, check and restore a backup into a scratch database, compare, then swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;start Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout restart of the selected datastore&apos;s Deployment or StatefulSet, as kubectl rollout restart does; a crashed pod comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unfinished Operations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no workload to restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Grade now %1 (%2); if this operation fixes its %n finding(s): %3 (%4) — a projection, measured again by the rescan that follows.</source>
        <translation type="unfinished">
            <numerusform>Grade now %1 (%2); if this operation fixes its %n finding: %3 (%4) — a projection, measured again by the rescan that follows.</numerusform>
            <numerusform>Grade now %1 (%2); if this operation fixes its %n findings: %3 (%4) — a projection, measured again by the rescan that follows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1/%2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods replaced: %1
Datastores unavailable meanwhile: %2
Expected downtime: until the new pod is ready — usually under a minute; clients reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operations run from this computer, from their journals: export them for an audit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>RSA key size %1 is out of range (1024 to 8192 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key generation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not encode the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject key is not a valid private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issuer key is not a valid private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issuer certificate is not valid PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issuer key does not match the issuer certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown digest &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not set the serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid validity period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not add the certificate extensions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing failed (digest %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read pg_dump&apos;s output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zlib could not compress the dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the backup (is the disk full?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Back up %n database(s)</source>
        <translation>
            <numerusform>Back up %n database</numerusform>
            <numerusform>Back up %n databases</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the decompressed dump (is the disk full?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the compressed dump: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n table(s) restored with the dump&apos;s row counts</source>
        <translation>
            <numerusform>%1: %n table restored with the dump&apos;s row counts</numerusform>
            <numerusform>%1: %n tables restored with the dump&apos;s row counts</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password needs at least 4 characters, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the random number generator failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password with every character class after 1000 draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the password contains a line break and cannot be handed to pg_dump/psql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; cannot name a backup file (a Kubernetes-style name is needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup directory %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a backup is never overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump is not installed (no /usr/lib/postgresql/N/bin/pg_dump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a pipe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: backup cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot run pg_dump: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pg_dump was killed before it finished%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pg_dump failed (exit %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pg_dump&apos;s output ended without its closing line: the dump is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot name the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified: the recipient&apos;s secret key is not in this keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the written backup failed its verification and was removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up database %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a passphrase (symmetric)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump %1 | gzip | gpg, encrypted with %2, into %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup directory %1 does not exist or is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would back up %1 (%2 MiB on the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: backup written to %2 (%3 bytes)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup %1 changed size since it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPGME could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPGME cannot use the GnuPG home %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no public key %1 in the keyring: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 cannot encrypt (revoked, expired, disabled or without an encryption subkey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recipient key and no passphrase: the backup would not be encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpg could not encrypt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpg refused the recipient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the decrypted backup (is the disk full?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not integrity protected (no MDC): a modification could not be detected, so it is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an unsupported algorithm: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a passphrase and none was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted to a key whose secret part is not in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed its integrity check: it was modified or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase for %1 (or the file is damaged at its start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: gpg stopped with &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an OpenPGP encrypted file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpg could not decrypt %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 of the dump is longer than 64 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dump ends inside the data of table %1: it is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a plain-format pg_dump: the &quot;PostgreSQL database dump&quot; header is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dump is incomplete: pg_dump&apos;s closing line &quot;PostgreSQL database dump complete&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a dump of database &quot;%1&quot;, not of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: the Proofer header of the dump cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is named for database &quot;%1&quot; but holds a dump of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a plain-format pg_dump: no &quot;PostgreSQL database dump&quot; header in its first %1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: SQL before the &quot;PostgreSQL database dump&quot; header: this is not a pg_dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell which database this dump is of (no Proofer header, no database in the file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: text after a COPY statement on the same line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the psql meta-command \%2 is not allowed in a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zlib could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip data is corrupt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip data is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed dump is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip data is truncated: the dump was cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows in the dump, %3 restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the restored copy does not match the dump: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt %1 and check its integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the decrypted backup (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decompress and check the dump (database %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing was decrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the backup is refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a pg_dump %2 of database %3 (server %4): %5 tables, %6 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into the new database %1 and compare it with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no checked dump to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a database named %2 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psql is not installed (no /usr/lib/postgresql/N/bin/psql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot run psql: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: restore cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: psql was killed during the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the scratch database %2 could not be dropped: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dropped the scratch database %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap: rename %1 to %2 and %3 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the role %2 may not rename %3 (it must own it and have CREATEDB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: would rename %2 to %3 and the verified copy to %2 (sessions on %2 would be ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the verified copy %2 is not there any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the swap failed, nothing was renamed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is now the restored copy; the previous database is kept as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: after the swap, %2 is not the restored copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing was renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: renaming back failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is the original database again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no cluster connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no pod to connect to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no CA certificate in its TLS Secret: the server cannot be verified (verify-full), so the password is not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: port-forward failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the CA to a temp file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: TLS verification failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connection failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: authentication failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bad answer from Redis: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: computing the SCRAM verifier failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot quote the role name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ALTER ROLE %2 refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret has no key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Secret %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Secret %1 (key %2) and remember its resourceVersion; draw a new 32-character password from the system&apos;s CSPRNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading the Secret failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password in the Secret is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Secret %2 is readable (resourceVersion %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read the Secret %2 (resourceVersion %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log into %1 with the current password (TLS verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot log in with the password of its Secret: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: logged in as %2 over verified TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the encrypted recovery record of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the new password, encrypted with your recovery passphrase (OpenPGP, AES-256), to a 0600 file in %1; it is deleted once the Secret holds the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: would write the encrypted recovery record in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no recovery passphrase: the new password would exist only in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: recovery record written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no recovery record left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the passwords are not known (no recovery record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the recovery record holds no passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password of role %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the Redis password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the Secret %1 is unchanged, then run on %2:
  ALTER ROLE %3 PASSWORD &apos;SCRAM-SHA-256$4096:&lt;salt&gt;$&lt;stored key&gt;:&lt;server key&gt;&apos;
(the verifier is computed here; the password itself never reaches the server or its log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the Secret %1 is unchanged, then run on %2: CONFIG SET requirepass &lt;new&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the Secret %1 is unchanged, then run on %2: ACL SETUSER %3 &gt;&lt;new&gt; &lt;&lt;old&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: re-reading the Secret failed, the password was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Secret %2 changed since it was read (resourceVersion %3, now %4): stopped before changing the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Secret is unchanged; would change the password on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: role %2 now has the new password (SCRAM verifier sent, not the password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Redis now requires the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the new password does not log in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the new password logs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the password on the server was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot put the old password back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: role %2 has its old password again (old verifier re-applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Redis requires the old password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the old password logs in: the server is as before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch the Secret %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precondition: a concurrent edit aborts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Secret %2 holds the new password (resourceVersion %3), annotated %4=%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the workloads that use the Secret %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log into %1 with the new password (TLS verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: would log in with the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the new password logs in (the old one still does too: check pg_hba.conf for trust)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the new password logs in over verified TLS; the old one is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no datastore named %1 in namespace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the datastores to rotate, or ask for all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: RabbitMQ passwords are not rotated by this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no credentials Secret found in its workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PostgreSQL or Redis to rotate in namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to rotate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the passwords of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2:%3/%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1 (is the disk full?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot resolve %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, database %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPGME: loopback pinentry refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase for the recovery record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPGME: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypting the recovery record failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the recovery record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the recovery record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPGME could not allocate its buffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery record %1 has no integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decrypting the recovery record %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the recovery record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the backup catalog %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup catalog %1 is corrupt: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the backup catalog %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup catalog %1 is locked by another process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the password on the server may have changed and its recovery record %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Secret %2 changed since the interrupted run read it (resourceVersion %3, now %4): stopped before changing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a pod but there is no cluster connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the host %2 is a name that differs from tlsServerName %3: give its address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot hold a backup being written (its name must end in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup catalog %1 cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the journal does not name the backup file it was writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no backup %1: it was never finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup %1 was written but never verified: verify it or delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup %1 is there, verified and in the backup catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup %1 is there and verified, but not in the backup catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret key %1 in the keyring to sign the backup with: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 cannot sign (revoked, expired, disabled or without a signing subkey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpg cannot sign with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpg did not sign the backup with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles belong to the whole server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>databases belong to the whole server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tablespaces belong to the whole server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it changes the server itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it reads or writes files or runs programs on the server machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it acts as another role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it loads code into the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it connects to other servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it acts on other sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends the restore&apos;s transaction before its check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY to or from a server file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of a role membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATE EXTENSION %1, which is not among the extensions a restore may create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a function whose body runs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a statement of the dump is longer than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the dump reaches outside the scratch database with %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature by %1 does not verify: it was forged or changed, or the key is revoked or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by %1, a key this keyring does not hold valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by the key %1, which is not in this keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed: anyone with the public key or the passphrase could have made it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (restore it anyway only if you know where it comes from: --allow-unsigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is refused: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — restored anyway, as asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: decrypted (%2), integrity check passed; %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the dry run cannot record its scratch database before creating it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no scratch database was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the journal does not name the scratch database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot look for the scratch database %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no database %2: the scratch copy was never made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the scratch database %2 exists (OID %3), perhaps half restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the dump comes from PostgreSQL %1, newer than this server (%2): what it uses may not exist here, and a restore that works may still differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch copy of a dry run: restore %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a superuser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the restore was stopped at its last check, before it committed, as role %3: %2. Nothing of it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: psql ended without reaching the check of the server-wide catalogs: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: restored into %2 as role %3; nothing outside the scratch database changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psql&apos;s session could not be found at the gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it changed %1 outside the scratch database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no scratch database was named: nothing to drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the restored copy (OID %2) is now named %3: the swap was done and is not undone; nothing was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no scratch database %2: nothing to drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database %2 is not the one this restore made (OID %3, not %4): it was not dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the scratch database %2 is still there after DROP DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the journal does not say which database the restored copy is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the databases: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the swap was done: %2 is the restored copy (OID %3) and the previous database is %4 (OID %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing was renamed: the restored copy is still %2 and %3 is the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the databases are neither before nor after the swap (restored copy: OID %2; found: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old and the new password are in the recovery record %1; read them with: gpg --decrypt %1 (it asks for your recovery passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading the Secret %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Secret %2 does not hold the old password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the password in the Secret does not log in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the recovery record is kept: the rollback is incomplete and it may hold the password in use; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the recovery record is kept, the end state could not be checked (%2); %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the recovery record is kept, the rollback could not be verified: %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Secret holds the old password and it logs in; recovery record deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no recovery record was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the recovery record %2 exists but cannot be opened: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the recovery record %2 was written and opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot tell whether the password changed on the server: %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the new password logs in: the server applied the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the old password still logs in: the change did not happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: neither password logs in (new: %2; old: %3); %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the old password could not be put back: %2; the server still has the new password: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Secret %2 holds the new password: the patch was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Secret %2 still holds the old password: the patch did not happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Secret %2 holds neither the old nor the new password: someone else changed it; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Secret %2 does not hold the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a private temporary directory: no path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the private temporary directory %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the in-memory password file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the in-memory password file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot tell whether its change happened: check it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” changes nothing that needs putting back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret is left with the new password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a role named %2 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot make a password for the restore role: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no database %2, but the restore role %3 exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (made for this restore: it cannot create or alter roles or databases, nor act as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set aside the ownership lines of the dump in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the restored copy could not be handed over to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the role %2 is still there after DROP ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ownership statement(s) of the dump applied by %2, the rest of the copy given to %2; the role %3 is dropped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the restore role %2 could not be dropped: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dropped the restore role %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: psql stopped the restore into %2 as role %5 (exit %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops::CertRenewal</name>
    <message>
        <source>the new certificate cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA bundle holds no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose another output directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key of the Secret %1 does not match its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new certificate of the Secret %1 does not verify for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the new certificates (key, chain, names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: serial %2, %3, names %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key matches each new certificate, the chain verifies to the CA and the names are covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would write %n file(s) to %1</source>
        <translation>
            <numerusform>Would write %n file to %1</numerusform>
            <numerusform>Would write %n files to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1 (readable by you only)</source>
        <translation>
            <numerusform>Wrote %n file to %1 (readable by you only)</numerusform>
            <numerusform>Wrote %n files to %1 (readable by you only)</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the cluster is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch the Secret %1 with the new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># The Secret %1 after the patch (key material elided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precondition: the patch fails (409) if the Secret changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new certificate, serial %1, valid until %2, SANs: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elided: new %1 private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CA bundle, %n certificate(s)</source>
        <translation>
            <numerusform>CA bundle, %n certificate</numerusform>
            <numerusform>CA bundle, %n certificates</numerusform>
        </translation>
    </message>
    <message>
        <source># Undo: the previous data is put back (precondition: our resourceVersion) and %1 restarted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patched the Secret %1: it holds the certificate with serial %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous data of the Secret %1 is not known: restore it from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1/%2 and check %3 serves the new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  verify: a TLS handshake with %1 serves serial %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves the new certificate (serial %2), verified against the CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no certificate: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CA certificate (basicConstraints CA:FALSE): it cannot sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a private key Proofer can read (PEM, unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA key %1 does not match the CA certificate %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not generate the CA key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofer CA for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not issue the CA certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not generate the key for the Secret %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not issue the certificate for the Secret %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity must be between 1 and 3650 days, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA keys must have 2048 to 8192 bits, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing with an existing CA needs its certificate and its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No datastore of namespace %1 has a TLS Secret: there is nothing to renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no datastore %1 in namespace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secret %1 cannot be read in namespace %2: Proofer needs to read and patch it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shares the Secret %2: it is restarted and verified too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new CA signs the certificates: clients that verify the servers need its certificate (ca.crt of the Secret, which keeps the old CA too). Restart them after the renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the TLS certificates of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the new CA to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the new key and certificate of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection to the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 served no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: which certificate file its server reads is not known (%2); Proofer does not guess which Secret key to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Secret key its certificate file (%2) comes from is not known (%3); Proofer does not guess which key to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Secret key its key file (%2) comes from is not known (%3); Proofer does not guess which key to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads its certificate from the Secret %2 and its key from the Secret %3: Proofer renews a certificate and its key together, in one Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 reads (%2) is not in the Secret %3: it is left as it is, and must trust the new CA before clients rely on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datastores that share the Secret %1 read different keys of it (%2 reads %3 and %4): renew them separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers read their certificate, key and CA from the same key of the Secret %1: Proofer cannot write them back separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># The CA file the servers read is not in this Secret: it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Other keys of the Secret are kept; no key is renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secret %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secret %1 holds the new certificate (serial %2), but the copy of its previous data is not in %3: it could not be put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secret %1 holds the new certificate (serial %2): the patch was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secret %1 still holds the previous certificate (serial %2): the patch was not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secret %1 holds serial %2, neither the previous %3 nor the new %4: someone else changed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 serves cannot be compared with its Secret: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret holds no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves serial %2, the certificate its Secret holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves serial %2, not the %3 its Secret holds: it was not restarted with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves serial %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves serial %2 but it does not verify: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret %1 held no certificate before: what %2 serves now cannot be compared with it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops::Journal</name>
    <message>
        <source>Cannot create the journal directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a journal in %1: every name tried exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Proofer journal (its first line is not a plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal to write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the journal %1 to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run of %1 is in use by another process or window (its journal is locked): nothing was done. Try again once it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops::PatchSecret</name>
    <message>
        <source>The connection to the cluster is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret %1 was changed by someone else since it was read (resourceVersion %2, now %3): it would not be patched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would patch the Secret %1 (resourceVersion %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the Secret %1 failed, it was not patched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret %1 was changed by someone else since it was read (409 Conflict): it was not patched. Make the plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patching the Secret %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret %1 was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot put back the Secret %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret %1 was changed by someone else after it was patched (409 Conflict): its previous data was not put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not put back the previous data of the Secret %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret %1 holds its previous data again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarted %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell whether the Secret %1 was patched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>but it is not proven to be in use again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops::Recovery</name>
    <message>
        <source>The last line of the journal (line %1) is incomplete: the process stopped while writing it. It was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines %1 of the journal cannot be read and were ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan made again from the journal does not have the same steps as the run that stopped (the fleet changed since: a datastore or Secret is gone or new). It cannot be resumed or rolled back automatically; the journal %1 says what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, last: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; interrupted during: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it was rolling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new CA was written but not every certificate it signs: a plan made again would sign them with another CA. Roll back, then renew again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the files of “%1” was interrupted: they may be incomplete. Roll back, then renew again into a new directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is not continued: the encryption key is not in the journal and a half-written file is never kept. The finished backups stay; roll back to close this run, then back up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofer does not know operations of kind “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its rollback failed: roll it back again once the cause is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was rolling back a failure when it stopped: only a rollback can finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is running elsewhere (process %1 is alive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection to the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery passphrase is needed: the passwords are only in the encrypted recovery records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no datastore %1 in the namespace any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run of %1 has ended already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is running elsewhere (process %1 is alive): it cannot be abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned by the operator; left as it was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This restore journal does not say which namespace it ran in; it cannot be rolled back from here. Drop its scratch database %1 by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (context %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run was made against the cluster %1, and Proofer is connected to %2 now. Connect to the run&apos;s cluster to resume or roll it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal does not say which cluster the run was made against (an older Proofer wrote it): make sure you are connected to that cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Secret already holds its new password and its consumers may be using it: resume to finish the rotation (the encrypted recovery record is kept until the new password is verified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore is not continued: its decrypted dump is not kept for a later run (a rollback wipes what is left of it). Roll back (the scratch copy is dropped, a swap is undone), then restore again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops::RestartWorkloads</name>
    <message>
        <source>The connection to the cluster is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paused: it cannot be restarted (kubectl rollout resume first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollout restart of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not roll out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workload to restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would restart %1 and wait for the rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarted %1, rollout complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to restart again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarted %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a restart caught in the middle is done again: its rollout is what counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1 and wait for its new pods</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops::Runner</name>
    <message>
        <source>The step was cancelled before it finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run found nothing in the way. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run found problems (nothing was changed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step was applied and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was applied but the journal could not record it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was verified but the journal could not record it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything that was changed has been put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 records what was done; roll it back again once the cause is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journal to resume or roll back from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 records a run that has ended: there is nothing to resume or roll back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 was written for another plan: its steps do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 records a dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s record of “%1” cannot be read back; nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: the journal cannot be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was rolling back when it stopped; finishing the rollback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back the run that stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step failed without saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step finished without a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the observation gave no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the observation failed without saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the observation was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was interrupted while it was being applied, and whether it happened could not be established: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was undone or redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 records what was done; try again once the cause is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordRotationWizard</name>
    <message>
        <source>Datastores and recovery passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each chosen datastore gets a new 32-character password. Until its Secret holds the new password, an encrypted recovery record does: give the passphrase that opens it (gpg --decrypt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials in the Secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials Secret was found for it: nothing to rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: every step applied and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run passed: every step can be applied. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run failed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step failed; everything applied was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step failed and the rollback did not complete. Read the journal: it says what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; everything applied was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the operation will do, step by step. Nothing has been changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the operation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step checks its preconditions against the live fleet and changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step is applied, then verified against the live fleet. A failure or Cancel rolls back what was applied. Every step is written to the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have reviewed the preview and want to change the live fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor mode: operations are disabled. The preview and the dry run are all this mode allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no operation was set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preview did not prepare a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the journal, so nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at what the interrupted step did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyController</name>
    <message>
        <source>The policy file is not used, the built-in policy grades instead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted on %2 until %3, written to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>%1 is renamed or disabled on this server (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed for user &quot;%2&quot; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory while reading certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PEM certificate found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken PEM certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection during the handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificates given for verification hold no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local OpenSSL was built without %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local OpenSSL has no cipher for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local OpenSSL offers no cipher for %1, even at security level 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server negotiated %1 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to PING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to the AMQP protocol header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AMQP protocol header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered plaintext: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection on plaintext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered plaintext with a TLS alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered plaintext with something else: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host or port to inspect (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port speaks plaintext, not TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSLRequest answer cannot tell; the PostgreSQL probe tries sslmode=disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plaintext check without a protocol to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS session with a default client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA bundle holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client certificate or its private key is not readable PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error: a reply nobody asked for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server requires AUTH and no password was given (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PING was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis %1: PING after AUTH answered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INFO answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFIG GET answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this server has no setting &quot;%1&quot; (CONFIG GET returned nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACL LIST answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate verification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the server may demand a client certificate: tls-auth-clients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number &quot;%1&quot; in a RESP header ending at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative bulk string length %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk string of %1 bytes exceeds the cap of %2 bytes (offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative array length %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array of %1 elements exceeds the cap of %2 elements (offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one reply announces more than %1 array elements in all (offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrays nested deeper than %1 levels (offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected RESP type byte %1 at offset %2 (expected one of + - : $ *)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carriage return without line feed at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line feed without carriage return at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status or error line longer than %1 bytes (offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected byte %1 in a RESP number at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESP number longer than 20 characters at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk string not followed by CRLF at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply larger than the cap of %1 bytes (offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESP reader: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESP reader: a complete reply was not returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out after %1 ms waiting for %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resolve %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a socket for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out after %1 ms connecting to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to SSLRequest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSLRequest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection after SSLRequest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered &apos;N&apos; to SSLRequest: TLS is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered SSLRequest with 0x%2, not &apos;S&apos; or &apos;N&apos;: not a PostgreSQL server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session&apos;s certificate could not be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by the server&apos;s hello (cipher %1 of those offered); stopped at its certificate, before the key exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpq has no socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection is not ready for a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no port given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the CA to a temp file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read: the probe was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled during %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookup of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized configuration parameter &quot;%1&quot;: not a setting of this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listed in pg_settings although role %1 may read all settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not visible to role %1: must be superuser or have privileges of pg_read_all_settings to examine it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not visible to role %1: must be superuser or have privileges of pg_read_all_settings to examine it (or this server version lacks it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server returned no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 other sessions are hidden from this role (their TLS state needs pg_read_all_stats); the share counts the %2 it can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied for view pg_hba_file_rules: role %1 may not read it (superuser, or SELECT on the view and EXECUTE on its function, needed); not queried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied for table pg_authid: role %1 may not read it (superuser, or SELECT on it, needed); not queried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probe itself connected without TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection without TLS was accepted, without a valid password (trust)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by pg_hba.conf: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection without TLS reaches password authentication: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected with require_auth=scram-sha-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookup of %1 timed out after %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 ms: no TCP connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 ms: the server accepted the TCP connection but did not answer the TLS request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 ms waiting for the server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read: a query timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reading %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 ms without TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read: the probe ran out of time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the probe did not finish within %2 ms (overall limit), during %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: TLS verify failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plaintext check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SCRAM check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probe&apos;s login used SCRAM-SHA-256 with channel binding (channel_binding=require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not authenticate the probe with SCRAM and channel binding; no password was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not testable without TLS and with libpq %1: channel binding needs TLS, require_auth needs libpq 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 login roles: only the first %1 by name were read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no forward secrecy (static RSA key exchange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no authentication (anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption (NULL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBC with SHA-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered %1 with %2, which was not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not offered (the local OpenSSL has none): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Probe::RabbitMqProbe</name>
    <message>
        <source>no plain AMQP port to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the management API is not reachable from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an AMQP method frame on channel 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AMQP frame is truncated or too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AMQP frame does not end with 0xCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an AMQP method %1.%2, not connection.start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no AMQP answer within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers AMQP in plaintext (protocol header %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the AMQP header with something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the AMQP header with something else: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers AMQP in plaintext (connection.start from %2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refuses connections: the plain AMQP port is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection on the AMQP header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the management API did not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the management API lets %2 in with the default password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login was refused; the user may exist with another password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the management API refuses %2 (HTTP %3%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the management API answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only: nothing in this window can change the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor mode: the operations that patch Secrets, restart workloads, back up or restore are not offered, and secrets are never shown. It lasts until Proofer is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>%1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These operations did not finish: Proofer or the machine stopped while they ran. Resume one to go on from the first step not applied, roll it back to undo what it applied, or abandon it to handle what is left by hand. Each journal says exactly what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abandon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running elsewhere (process %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It ran in namespace %1: connect to it to resume or roll it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the cluster to resume or roll it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operation is unfinished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor mode: operations are disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords are only in the encrypted recovery records. Their passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming “%1”: making the plan again from the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back “%1”: making the plan again from the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before anything was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the running step finishes, then what was applied is rolled back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” as abandoned? Nothing is changed on the cluster: what it applied (%2) stays as it is, and is yours to check by hand. The journal is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the journals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming “%1”: reading its journal again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back “%1”: reading its journal again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has ended or changed since the list was read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>not a snapshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a snapshot: it has no &quot;takenAt&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Proofer snapshot (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;schema&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <comment>compliance status: not applicable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of this translation, for &lt;html lang&gt;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report generated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datastores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deduction: every assessed check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each failed check costs its weight over the datastore&apos;s assessed weight, scaled by the datastore&apos;s weight in the fleet; see docs/grading.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades per datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), most severe first.</source>
        <translation>
            <numerusform>%n finding, most severe first.</numerusform>
            <numerusform>%n findings, most severe first.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: grade %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No compliance control was evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No datastore presented a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report was rendered from the audited snapshot whose SHA-256 is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That snapshot is the output of &quot;proofer scan --format json&quot; for this scan, also kept in Proofer&apos;s scan history; &quot;sha256sum&quot; on the file prints the same value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofer evidence pack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace %1 (context %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CERT DAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAINTEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet grade: %1 (%2)  critical %3, high %4, medium %5, low %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace %1 of context %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <comment>check outcome: not applicable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the grade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check, with its basis: observed (the live datastore), read (server settings, Kubernetes objects), inferred (derived from other facts), attested (the policy says so).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down: not reached (%1). Not in the grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass: every applicable check passed on evidence for that datastore; fail: a critical or high check failed; partial: only lesser checks failed, some could not be assessed, or what can be observed shows a capability but not the control itself (see what each control requires as evidence); not assessed: nothing could be observed; n/a: the control does not concern this kind of datastore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence required: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At best partial: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security validation checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOWN (not reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet grade: N/A (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security validation checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF output needs the graphical platform layer (run with QT_QPA_PLATFORM=offscreen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF output cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build of Proofer cannot write PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the datastores, the grade and the findings, for a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audited snapshot (schema proofer.snapshot/v1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence pack for auditors, one self-contained page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same evidence pack on A4 pages (binary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JUnit XML: a test suite per datastore, a test per check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the namespace (or targets file) as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Severity %2; checked on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not reached, its live checks are not assessed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capped at %1 while a %2 finding is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fleet capped at %1 while a critical finding is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of them accepted by the policy: shown with the justification, not counted in the grade until they expire.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address to listen on (%2): give ADDRESS:PORT, e.g. 127.0.0.1:9187, [::1]:9187 or :9187 for every interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port is not a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IPv6 address goes between brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an IP address; host names are not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: %1 (SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accepted by the policy: %n failed check(s), not counted until they expire</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted risks (not in the grade until they expire):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--publish takes configmap or configmap/NAME, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--publish configmap/%1: a ConfigMap name here is 1 to %2 lowercase letters, digits and &apos;-&apos;, starting and ending with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start gzip decompression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it decompresses to more than %1 KiB; nothing past that was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip stream ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid gzip stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot could not be compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot is too large to publish in a ConfigMap: %1 KiB of JSON is still %2 KiB compressed (gzip + base64), and a ConfigMap holds at most %3 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConfigMap &quot;%1&quot; is not a snapshot published by Proofer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConfigMap &quot;%1&quot; has no data key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConfigMap &quot;%1&quot;: the snapshot is larger than %2 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConfigMap &quot;%1&quot; has no binaryData key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConfigMap &quot;%1&quot;: binaryData is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConfigMap &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConfigMap &quot;%1&quot;: unknown encoding &quot;%2&quot; (annotation %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the connection to the cluster was closed before it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConfigMap &quot;%1&quot; in namespace &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not labelled %2=proofer: it is not overwritten (choose another name with --publish configmap/NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being updated, twice (another Proofer publishing to it?): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Backup, passphrase and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is decrypted and its integrity checked before anything else, then restored into a new scratch database and compared with the live one. The live database is renamed, and kept, only when you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted backups (*.sql.gz.gpg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;database&gt;_&lt;datastore&gt;_&lt;time&gt;.sql.gz.gpg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — database %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup&apos;s passphrase, or your secret key&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in the dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows live now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was refused or failed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the failed step above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check passed. Dump header: pg_dump %1 of database %2 (server %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored into the scratch database %1; beside it, the live database %2 as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Proofer backup name (&lt;database&gt;_&lt;datastore&gt;_&lt;yyyyMMdd&gt;T&lt;HHmmss&gt;Z.sql.gz.gpg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 of %2, taken %3 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1&apos;s database is %2; a dump of %3 will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run restores into a scratch database, compares it and drops it again. Applying restores again and swaps: %1 becomes %2 and stays until you drop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PostgreSQL datastore named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore even if the backup is not signed by a key I trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed backups name their signer and are verified before anything is restored. Tick this only for a backup whose origin you have checked another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump ran as role %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanActions</name>
    <message>
        <source>Rescan &amp;Thoroughly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe every datastore again and make every observation anew, reusing none whose fingerprint is unchanged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanProgress</name>
    <message>
        <source>Signing in to %1 with %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cluster connection to read events from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy file cannot take an acceptance until its error is fixed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: acceptedRisks is written on one line ([…]): add the acceptance by hand, or write the list one item a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofer could not add the acceptance to this file&apos;s layout (%1): add it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the acceptance would not read back as written: add it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the policy file is larger than %2 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session::FleetSession</name>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no context is defined in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no kubeconfig is loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading namespace %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scanning %n datastore(s)…</source>
        <translation type="unfinished">
            <numerusform>Scanning %n datastore…</numerusform>
            <numerusform>Scanning %n datastores…</numerusform>
        </translation>
    </message>
    <message>
        <source>No datastore could be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n datastore(s)</source>
        <translation type="unfinished">
            <numerusform>Scanned %n datastore</numerusform>
            <numerusform>Scanned %n datastores</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan is not kept in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its pod is ready again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the journal, so nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the datastores&apos; logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thorough, every observation made in this scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>observations of %n datastore(s) reused (fingerprint unchanged)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observed anew</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session::LiveView</name>
    <message>
        <source>forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PVCs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StatefulSets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Probing %1 again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New in the cluster, probing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in the cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — Proofer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching the pods, volumes, secrets and workloads of %1: rows change as the cluster does, without a rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◌ Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A watch of the cluster dropped and is coming back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not watched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not live (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows show the cluster as of the last scan: no watch of %1 was allowed.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◐ Live (%1; %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows follow the %1 of %2 without a rescan; what is not watched shows as of the last scan.
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 · %2: the namespace could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✖ %n datastore(s) down</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n datastore(s) down</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
