<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Proofer</source>
        <translation>Acerca de Proofer</translation>
    </message>
    <message>
        <source>Security console for the PostgreSQL, Redis and RabbitMQ datastores of a Kubernetes namespace: TLS, certificates, storage, authentication, audit logging, a grade and a compliance matrix.</source>
        <translation>Consola de seguridad para los almacenes de datos PostgreSQL, Redis y RabbitMQ de un espacio de nombres de Kubernetes: TLS, certificados, almacenamiento, autenticación, registro de auditoría, una calificación y una matriz de cumplimiento.</translation>
    </message>
    <message>
        <source>Runs with:</source>
        <translation>Se ejecuta con:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copiar versiones</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Compliance directory not found: %1</source>
        <translation>No se encuentra el directorio de cumplimiento: %1</translation>
    </message>
    <message>
        <source>No compliance framework in %1</source>
        <translation>No hay ningún marco de cumplimiento en %1</translation>
    </message>
    <message>
        <source>user (%u)</source>
        <translation>usuario (%u)</translation>
    </message>
    <message>
        <source>database (%d)</source>
        <translation>base de datos (%d)</translation>
    </message>
    <message>
        <source>client (%h or %r)</source>
        <translation>cliente (%h o %r)</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Falta: %1</translation>
    </message>
    <message>
        <source>Statement text goes to the server log: ALTER ROLE … PASSWORD, pgcrypto keys passed as parameters in SQL and personal data in INSERT/UPDATE</source>
        <translation>El texto de las sentencias se escribe en el registro del servidor: ALTER ROLE … PASSWORD, claves de pgcrypto pasadas como parámetros en SQL y datos personales en INSERT/UPDATE</translation>
    </message>
    <message>
        <source>Schema and role changes (DDL) leave no trace in the server log</source>
        <translation>Los cambios de esquema y de roles (DDL) no dejan rastro en el registro del servidor</translation>
    </message>
    <message>
        <source>The profile does not expect pgcrypto</source>
        <translation>El perfil no requiere pgcrypto</translation>
    </message>
    <message>
        <source>pgcrypto is installed</source>
        <translation>pgcrypto está instalado</translation>
    </message>
    <message>
        <source>pgcrypto is not installed in the database</source>
        <translation>pgcrypto no está instalado en la base de datos</translation>
    </message>
    <message>
        <source>It is available on the server</source>
        <translation>Está disponible en el servidor</translation>
    </message>
    <message>
        <source>It is not available on the server either (postgresql-contrib)</source>
        <translation>Tampoco está disponible en el servidor (postgresql-contrib)</translation>
    </message>
    <message>
        <source>log_connections is off</source>
        <translation>log_connections está desactivado</translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET log_connections = on; SELECT pg_reload_conf();</source>
        <translation>ALTER SYSTEM SET log_connections = on; SELECT pg_reload_conf();</translation>
    </message>
    <message>
        <source>log_disconnections is off</source>
        <translation>log_disconnections está desactivado</translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET log_disconnections = on; SELECT pg_reload_conf();</source>
        <translation>ALTER SYSTEM SET log_disconnections = on; SELECT pg_reload_conf();</translation>
    </message>
    <message>
        <source>log_line_prefix lacks the user, database or client</source>
        <translation>log_line_prefix no incluye el usuario, la base de datos o el cliente</translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET log_line_prefix = '%m [%p] %q%u@%d %r '; SELECT pg_reload_conf();</source>
        <translation>ALTER SYSTEM SET log_line_prefix = '%m [%p] %q%u@%d %r '; SELECT pg_reload_conf();</translation>
    </message>
    <message>
        <source>log_statement writes secrets and personal data to the server log</source>
        <translation>log_statement escribe secretos y datos personales en el registro del servidor</translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET log_statement = 'ddl'; SELECT pg_reload_conf(); ('ddl' still logs ALTER ROLE: set passwords as SCRAM verifiers, never in clear)</source>
        <translation>ALTER SYSTEM SET log_statement = 'ddl'; SELECT pg_reload_conf(); ('ddl' sigue registrando ALTER ROLE: establezca las contraseñas como verificadores SCRAM, nunca en claro)</translation>
    </message>
    <message>
        <source>pgcrypto is expected but not installed</source>
        <translation>Se requiere pgcrypto, pero no está instalado</translation>
    </message>
    <message>
        <source>CREATE EXTENSION IF NOT EXISTS pgcrypto;</source>
        <translation>CREATE EXTENSION IF NOT EXISTS pgcrypto;</translation>
    </message>
    <message>
        <source>log_statement is none: DDL is not audited</source>
        <translation>log_statement vale none: el DDL no se audita</translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET log_statement = 'ddl'; SELECT pg_reload_conf();</source>
        <translation>ALTER SYSTEM SET log_statement = 'ddl'; SELECT pg_reload_conf();</translation>
    </message>
    <message>
        <source>Network connections authenticate with no password: %1</source>
        <translation>Las conexiones de red se autentican sin contraseña: %1</translation>
    </message>
    <message>
        <source>No network pg_hba.conf line uses trust</source>
        <translation>Ninguna línea de red de pg_hba.conf usa trust</translation>
    </message>
    <message>
        <source>Clients send the password in clear to the server: %1</source>
        <translation>Los clientes envían la contraseña en claro al servidor: %1</translation>
    </message>
    <message>
        <source>No pg_hba.conf line uses the password method</source>
        <translation>Ninguna línea de pg_hba.conf usa el método password</translation>
    </message>
    <message>
        <source>pg_hba.conf lines with md5: %1</source>
        <translation>Líneas de pg_hba.conf con md5: %1</translation>
    </message>
    <message>
        <source>Roles with a non-SCRAM password verifier: %1</source>
        <translation>Roles con un verificador de contraseña que no es SCRAM: %1</translation>
    </message>
    <message>
        <source>No md5 line in pg_hba.conf and every login role has a SCRAM-SHA-256 verifier</source>
        <translation>Ninguna línea de pg_hba.conf usa md5 y todos los roles con inicio de sesión tienen un verificador SCRAM-SHA-256</translation>
    </message>
    <message>
        <source>Unauthenticated commands are refused (NOAUTH)</source>
        <translation>Se rechazan los comandos no autenticados (NOAUTH)</translation>
    </message>
    <message>
        <source>Redis answers commands without AUTH</source>
        <translation>Redis responde a comandos sin AUTH</translation>
    </message>
    <message>
        <source>ACL user "default" is on with nopass</source>
        <translation>El usuario de ACL «default» está activo con nopass</translation>
    </message>
    <message>
        <source>ACL user "default" requires a password</source>
        <translation>El usuario de ACL «default» requiere contraseña</translation>
    </message>
    <message>
        <source>Per-application ACL users: %1</source>
        <translation>Usuarios de ACL por aplicación: %1</translation>
    </message>
    <message>
        <source>Every application shares the default user's password</source>
        <translation>Todas las aplicaciones comparten la contraseña del usuario predeterminado</translation>
    </message>
    <message>
        <source>pg_hba.conf trusts network connections</source>
        <translation>pg_hba.conf usa trust para las conexiones de red</translation>
    </message>
    <message>
        <source>Replace each trust line with `hostssl all all 0.0.0.0/0 scram-sha-256`, then SELECT pg_reload_conf();</source>
        <translation>Sustituya cada línea trust por `hostssl all all 0.0.0.0/0 scram-sha-256` y, después, ejecute SELECT pg_reload_conf();</translation>
    </message>
    <message>
        <source>pg_hba.conf uses the cleartext password method</source>
        <translation>pg_hba.conf usa el método password, que envía la contraseña en claro</translation>
    </message>
    <message>
        <source>Replace each password line with `hostssl all all 0.0.0.0/0 scram-sha-256`, then SELECT pg_reload_conf();</source>
        <translation>Sustituya cada línea password por `hostssl all all 0.0.0.0/0 scram-sha-256` y, después, ejecute SELECT pg_reload_conf();</translation>
    </message>
    <message>
        <source>md5 authentication lines or md5 password verifiers</source>
        <translation>Líneas de autenticación md5 o verificadores de contraseña md5</translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET password_encryption = 'scram-sha-256'; then set each listed role's password again (\password &lt;role&gt;) and change md5 to scram-sha-256 in pg_hba.conf</source>
        <translation>ALTER SYSTEM SET password_encryption = 'scram-sha-256'; después, vuelva a establecer la contraseña de cada rol indicado (\password &lt;role&gt;) y cambie md5 por scram-sha-256 en pg_hba.conf</translation>
    </message>
    <message>
        <source>password_encryption is not scram-sha-256</source>
        <translation>password_encryption no es scram-sha-256</translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET password_encryption = 'scram-sha-256'; SELECT pg_reload_conf();</source>
        <translation>ALTER SYSTEM SET password_encryption = 'scram-sha-256'; SELECT pg_reload_conf();</translation>
    </message>
    <message>
        <source>Redis accepts commands without authentication</source>
        <translation>Redis acepta comandos sin autenticación</translation>
    </message>
    <message>
        <source>redis-server --requirepass "$REDIS_PASSWORD" (from the Redis secret)</source>
        <translation>redis-server --requirepass "$REDIS_PASSWORD" (tomada del Secret de Redis)</translation>
    </message>
    <message>
        <source>The Redis default user has no password</source>
        <translation>El usuario predeterminado (default) de Redis no tiene contraseña</translation>
    </message>
    <message>
        <source>redis-cli ACL SETUSER default on '&gt;'"$REDIS_PASSWORD" &amp;&amp; redis-cli ACL SAVE (or --requirepass)</source>
        <translation>redis-cli ACL SETUSER default on '&gt;'"$REDIS_PASSWORD" &amp;&amp; redis-cli ACL SAVE (o --requirepass)</translation>
    </message>
    <message>
        <source>tls-auth-clients no and no per-application ACL users</source>
        <translation>tls-auth-clients no y sin usuarios de ACL por aplicación</translation>
    </message>
    <message>
        <source>redis-cli ACL SETUSER &lt;app&gt; on '&gt;'&lt;password&gt; '~&lt;app&gt;:*' '+@all' '-@dangerous' (one user per service), or tls-auth-clients yes</source>
        <translation>redis-cli ACL SETUSER &lt;app&gt; on '&gt;'&lt;password&gt; '~&lt;app&gt;:*' '+@all' '-@dangerous' (un usuario por servicio), o tls-auth-clients yes</translation>
    </message>
    <message>
        <source>The served certificate expired on %1</source>
        <translation>El certificado servido caducó el %1</translation>
    </message>
    <message>
        <source>Valid until %1 (%2 days left)</source>
        <translation>Válido hasta el %1 (quedan %2 días)</translation>
    </message>
    <message>
        <source>Already expired (see CERT-001)</source>
        <translation>Ya ha caducado (véase CERT-001)</translation>
    </message>
    <message>
        <source>Expires on %1, in %2 days</source>
        <translation>Caduca el %1, en %2 días</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>Quedan %1 días</translation>
    </message>
    <message>
        <source>Expired or expiring within 30 days (see CERT-001, CERT-002)</source>
        <translation>Caducado o con caducidad en los próximos 30 días (véanse CERT-001, CERT-002)</translation>
    </message>
    <message>
        <source>Expires on %1, in %2 days: inside the %3-day renewal window</source>
        <translation>Caduca el %1, en %2 días: dentro de la ventana de renovación de %3 días</translation>
    </message>
    <message>
        <source>%1 days left, renewal window %2 days</source>
        <translation>Quedan %1 días; ventana de renovación de %2 días</translation>
    </message>
    <message>
        <source>subjectAltName: %1</source>
        <translation>subjectAltName: %1</translation>
    </message>
    <message>
        <source>The certificate has no subjectAltName: verifying clients match only the deprecated CN</source>
        <translation>El certificado no tiene subjectAltName: los clientes que verifican solo pueden cotejar el CN, que está obsoleto</translation>
    </message>
    <message>
        <source>%1 is covered by the certificate</source>
        <translation>El certificado cubre %1</translation>
    </message>
    <message>
        <source>%1 is not among the certificate's names (%2)</source>
        <translation>%1 no figura entre los nombres del certificado (%2)</translation>
    </message>
    <message>
        <source>%1 key, not RSA</source>
        <translation>Clave %1, no RSA</translation>
    </message>
    <message>
        <source>RSA %1-bit key (minimum 2048)</source>
        <translation>Clave RSA de %1 bits (mínimo 2048)</translation>
    </message>
    <message>
        <source>RSA %1-bit key</source>
        <translation>Clave RSA de %1 bits</translation>
    </message>
    <message>
        <source>Below 2048 bits (see CERT-006)</source>
        <translation>Menos de 2048 bits (véase CERT-006)</translation>
    </message>
    <message>
        <source>RSA %1-bit key valid for %2 days: use 3072 bits or more beyond one year</source>
        <translation>Clave RSA de %1 bits válida durante %2 días: use 3072 bits o más para validez superior a un año</translation>
    </message>
    <message>
        <source>RSA %1-bit key, valid for %2 days</source>
        <translation>Clave RSA de %1 bits, válida durante %2 días</translation>
    </message>
    <message>
        <source>Signed with %1</source>
        <translation>Firmado con %1</translation>
    </message>
    <message>
        <source>The leaf certificate is self-signed: clients cannot verify it against a CA</source>
        <translation>El certificado hoja está autofirmado: los clientes no pueden verificarlo con una CA</translation>
    </message>
    <message>
        <source>The leaf is issued by a CA</source>
        <translation>El certificado hoja está emitido por una CA</translation>
    </message>
    <message>
        <source>The CA expired on %1</source>
        <translation>La CA caducó el %1</translation>
    </message>
    <message>
        <source>The CA expires on %1, in %2 days</source>
        <translation>La CA caduca el %1, en %2 días</translation>
    </message>
    <message>
        <source>CA valid until %1</source>
        <translation>CA válida hasta el %1</translation>
    </message>
    <message>
        <source>CA/Browser Forum maximum for public TLS certificates: %1 days now; 398 days since 2020-09-01, 200 days from 2026-03-15, 100 from 2027-03-15, 47 from 2029-03-15 (ballot SC-081)</source>
        <translation>Máximo del CA/Browser Forum para certificados TLS públicos: actualmente %1 días; 398 días desde el 2020-09-01, 200 días a partir del 2026-03-15, 100 a partir del 2027-03-15, 47 a partir del 2029-03-15 (votación SC-081)</translation>
    </message>
    <message>
        <source>Leaf valid for %1 days</source>
        <translation>Certificado hoja válido durante %1 días</translation>
    </message>
    <message>
        <source>The TLS secret holds the certificate being served</source>
        <translation>El Secret TLS contiene el certificado que se está sirviendo</translation>
    </message>
    <message>
        <source>The TLS secret's certificate differs from the one served: a renewal was not rolled out, or the server reads another file</source>
        <translation>El certificado del Secret TLS difiere del que se sirve: no se desplegó una renovación o el servidor lee otro archivo</translation>
    </message>
    <message>
        <source>Private key file mode %1: readable beyond its owner</source>
        <translation>Archivo de la clave privada con modo %1: legible por otros usuarios además del propietario</translation>
    </message>
    <message>
        <source>Private key file mode %1</source>
        <translation>Archivo de la clave privada con modo %1</translation>
    </message>
    <message>
        <source>openssl req -new -newkey rsa:4096 -sha256 -nodes -keyout server-key.pem -out server.csr -subj "/CN=&lt;service&gt;" &amp;&amp; openssl x509 -req -in server.csr -CA ca-cert.pem -CAkey ca-key.pem -CAcreateserial -days 1095 -sha256 -extfile &lt;(printf 'subjectAltName=DNS:&lt;service&gt;,DNS:&lt;service&gt;.&lt;namespace&gt;.svc.cluster.local') -out server-cert.pem (or Proofer's certificate renewal)</source>
        <translation>openssl req -new -newkey rsa:4096 -sha256 -nodes -keyout server-key.pem -out server.csr -subj "/CN=&lt;service&gt;" &amp;&amp; openssl x509 -req -in server.csr -CA ca-cert.pem -CAkey ca-key.pem -CAcreateserial -days 1095 -sha256 -extfile &lt;(printf 'subjectAltName=DNS:&lt;service&gt;,DNS:&lt;service&gt;.&lt;namespace&gt;.svc.cluster.local') -out server-cert.pem (o la renovación de certificados de Proofer)</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>El certificado ha caducado</translation>
    </message>
    <message>
        <source>The certificate expires within 30 days</source>
        <translation>El certificado caduca en menos de 30 días</translation>
    </message>
    <message>
        <source>The certificate is inside its renewal window</source>
        <translation>El certificado está dentro de su ventana de renovación</translation>
    </message>
    <message>
        <source>The certificate has no subjectAltName</source>
        <translation>El certificado no tiene subjectAltName</translation>
    </message>
    <message>
        <source>The certificate does not name the host clients connect to</source>
        <translation>El certificado no incluye el nombre del host al que se conectan los clientes</translation>
    </message>
    <message>
        <source>RSA key shorter than 2048 bits</source>
        <translation>Clave RSA de menos de 2048 bits</translation>
    </message>
    <message>
        <source>RSA key shorter than 3072 bits on a certificate valid beyond one year</source>
        <translation>Clave RSA de menos de 3072 bits en un certificado válido durante más de un año</translation>
    </message>
    <message>
        <source>The certificate is signed with SHA-1</source>
        <translation>El certificado está firmado con SHA-1</translation>
    </message>
    <message>
        <source>The leaf certificate is self-signed</source>
        <translation>El certificado hoja está autofirmado</translation>
    </message>
    <message>
        <source>The CA certificate expires within the renewal window</source>
        <translation>El certificado de la CA caduca dentro de la ventana de renovación</translation>
    </message>
    <message>
        <source>openssl req -x509 -new -newkey rsa:4096 -sha256 -nodes -days 3650 -keyout ca-key.pem -out ca-cert.pem -subj "/CN=&lt;namespace&gt; CA", then reissue every server certificate and distribute ca-cert.pem</source>
        <translation>openssl req -x509 -new -newkey rsa:4096 -sha256 -nodes -days 3650 -keyout ca-key.pem -out ca-cert.pem -subj "/CN=&lt;namespace&gt; CA"; después, vuelva a emitir todos los certificados de servidor y distribuya ca-cert.pem</translation>
    </message>
    <message>
        <source>The leaf certificate is valid far beyond current public norms</source>
        <translation>El certificado hoja tiene una validez muy superior a las normas públicas actuales</translation>
    </message>
    <message>
        <source>Issue shorter-lived leaves and automate renewal: openssl x509 -req … -days 398 (or less)</source>
        <translation>Emita certificados hoja de menor duración y automatice la renovación: openssl x509 -req … -days 398 (o menos)</translation>
    </message>
    <message>
        <source>The TLS secret's certificate differs from the one served</source>
        <translation>El certificado del Secret TLS difiere del que se sirve</translation>
    </message>
    <message>
        <source>kubectl -n &lt;namespace&gt; rollout restart statefulset/&lt;name&gt; (then confirm: openssl s_client -connect &lt;host&gt;:&lt;port&gt; | openssl x509 -noout -fingerprint -sha256)</source>
        <translation>kubectl -n &lt;namespace&gt; rollout restart statefulset/&lt;name&gt; (después, compruébelo: openssl s_client -connect &lt;host&gt;:&lt;port&gt; | openssl x509 -noout -fingerprint -sha256)</translation>
    </message>
    <message>
        <source>The private key file is readable beyond its owner</source>
        <translation>El archivo de la clave privada es legible por otros usuarios además del propietario</translation>
    </message>
    <message>
        <source>chmod 0600 /tls/server-key.pem (secret volume: defaultMode: 0600)</source>
        <translation>chmod 0600 /tls/server-key.pem (volumen del Secret: defaultMode: 0600)</translation>
    </message>
    <message>
        <source>No broad RBAC grant to read Secrets was observed</source>
        <translation>No se ha observado ninguna concesión RBAC amplia para leer Secrets</translation>
    </message>
    <message>
        <source>Can read every Secret of the namespace: %1</source>
        <translation>Pueden leer todos los Secrets del espacio de nombres: %1</translation>
    </message>
    <message>
        <source>The kubeconfig in use sets insecure-skip-tls-verify: true</source>
        <translation>El kubeconfig en uso establece insecure-skip-tls-verify: true</translation>
    </message>
    <message>
        <source>The API server certificate is verified</source>
        <translation>Se verifica el certificado del servidor de API</translation>
    </message>
    <message>
        <source>Secrets are readable through broad RBAC</source>
        <translation>Los Secrets se pueden leer mediante permisos RBAC amplios</translation>
    </message>
    <message>
        <source>kubectl -n &lt;namespace&gt; auth can-i get secrets --as=&lt;subject&gt;; grant get on named Secrets only: resourceNames: [&lt;name&gt;-secret]</source>
        <translation>kubectl -n &lt;namespace&gt; auth can-i get secrets --as=&lt;subject&gt;; conceda get solo sobre Secrets concretos: resourceNames: [&lt;name&gt;-secret]</translation>
    </message>
    <message>
        <source>The kubeconfig skips TLS verification of the API server</source>
        <translation>El kubeconfig omite la verificación TLS del servidor de API</translation>
    </message>
    <message>
        <source>kubectl config set-cluster &lt;cluster&gt; --certificate-authority=&lt;ca.crt&gt; --embed-certs=true &amp;&amp; kubectl config unset clusters.&lt;cluster&gt;.insecure-skip-tls-verify</source>
        <translation>kubectl config set-cluster &lt;cluster&gt; --certificate-authority=&lt;ca.crt&gt; --embed-certs=true &amp;&amp; kubectl config unset clusters.&lt;cluster&gt;.insecure-skip-tls-verify</translation>
    </message>
    <message>
        <source>Pod phase %1</source>
        <translation>Pod en fase %1</translation>
    </message>
    <message>
        <source>Pod Running but not Ready</source>
        <translation>Pod en estado Running, pero no Ready</translation>
    </message>
    <message>
        <source>Pod Running and Ready</source>
        <translation>Pod en estado Running y Ready</translation>
    </message>
    <message>
        <source>%1 container restarts (profile: at most %2)</source>
        <translation>%1 reinicios de contenedor (perfil: como máximo %2)</translation>
    </message>
    <message>
        <source>%1 container restarts</source>
        <translation>%1 reinicios de contenedor</translation>
    </message>
    <message>
        <source>Location %1, retention %2 days</source>
        <translation>Ubicación %1, retención de %2 días</translation>
    </message>
    <message>
        <source>No backup of this datastore found</source>
        <translation>No se ha encontrado ninguna copia de seguridad de este almacén de datos</translation>
    </message>
    <message>
        <source>Newest backup %1, %2 days old</source>
        <translation>Copia de seguridad más reciente: %1, con %2 días de antigüedad</translation>
    </message>
    <message>
        <source>The pod is not running or not ready</source>
        <translation>El pod no está en ejecución o no está listo</translation>
    </message>
    <message>
        <source>kubectl -n &lt;namespace&gt; describe pod &lt;pod&gt; &amp;&amp; kubectl -n &lt;namespace&gt; logs &lt;pod&gt; --previous</source>
        <translation>kubectl -n &lt;namespace&gt; describe pod &lt;pod&gt; &amp;&amp; kubectl -n &lt;namespace&gt; logs &lt;pod&gt; --previous</translation>
    </message>
    <message>
        <source>The pod keeps restarting</source>
        <translation>El pod se reinicia continuamente</translation>
    </message>
    <message>
        <source>kubectl -n &lt;namespace&gt; logs &lt;pod&gt; --previous (look for OOMKilled in kubectl describe pod)</source>
        <translation>kubectl -n &lt;namespace&gt; logs &lt;pod&gt; --previous (busque OOMKilled en kubectl describe pod)</translation>
    </message>
    <message>
        <source>No backup newer than the retention policy</source>
        <translation>No hay ninguna copia de seguridad dentro del periodo de retención</translation>
    </message>
    <message>
        <source>pg_dump &lt;db&gt; | gzip | gpg --encrypt --recipient &lt;backup key&gt; &gt; &lt;db&gt;_&lt;name&gt;_$(date -u +%Y%m%dT%H%M%SZ).sql.gz.gpg (or Proofer's backup)</source>
        <translation>pg_dump &lt;db&gt; | gzip | gpg --encrypt --recipient &lt;backup key&gt; &gt; &lt;db&gt;_&lt;name&gt;_$(date -u +%Y%m%dT%H%M%SZ).sql.gz.gpg (o la copia de seguridad de Proofer)</translation>
    </message>
    <message>
        <source>The data directory is on ephemeral storage: a restart loses every row</source>
        <translation>El directorio de datos está en almacenamiento efímero: un reinicio pierde todas las filas</translation>
    </message>
    <message>
        <source>No Bound PersistentVolumeClaim backs the data directory</source>
        <translation>Ningún PersistentVolumeClaim en estado Bound respalda el directorio de datos</translation>
    </message>
    <message>
        <source>PersistentVolumeClaim %1 is Bound</source>
        <translation>El PersistentVolumeClaim %1 está en estado Bound</translation>
    </message>
    <message>
        <source>Writes since the last RDB snapshot are lost on restart</source>
        <translation>Las escrituras posteriores a la última instantánea RDB se pierden al reiniciar</translation>
    </message>
    <message>
        <source>Mount a PersistentVolumeClaim at the data directory: volumeClaimTemplates: [{metadata: {name: data}, spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 10Gi}}}}]</source>
        <translation>Monte un PersistentVolumeClaim en el directorio de datos: volumeClaimTemplates: [{metadata: {name: data}, spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 10Gi}}}}]</translation>
    </message>
    <message>
        <source>The database has no Bound PersistentVolumeClaim</source>
        <translation>La base de datos no tiene ningún PersistentVolumeClaim en estado Bound</translation>
    </message>
    <message>
        <source>The datastore has no Bound PersistentVolumeClaim</source>
        <translation>El almacén de datos no tiene ningún PersistentVolumeClaim en estado Bound</translation>
    </message>
    <message>
        <source>Redis append-only file is off</source>
        <translation>El archivo append-only de Redis está desactivado</translation>
    </message>
    <message>
        <source>redis-cli CONFIG SET appendonly yes &amp;&amp; redis-cli CONFIG REWRITE (or --appendonly yes in the container args)</source>
        <translation>redis-cli CONFIG SET appendonly yes &amp;&amp; redis-cli CONFIG REWRITE (o --appendonly yes en los argumentos del contenedor)</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Desconocido: %1</translation>
    </message>
    <message>
        <source>Unknown: %1 (%2)</source>
        <translation>Desconocido: %1 (%2)</translation>
    </message>
    <message>
        <source>TLS is off (see TLS-001)</source>
        <translation>TLS está desactivado (véase TLS-001)</translation>
    </message>
    <message>
        <source>Password of %1 characters (profile: %2)</source>
        <translation>Contraseña de %1 caracteres (perfil: %2)</translation>
    </message>
    <message>
        <source>Password of %1 characters</source>
        <translation>Contraseña de %1 caracteres</translation>
    </message>
    <message>
        <source>Password uses %1 of 4 character classes (profile: %2)</source>
        <translation>La contraseña usa %1 de 4 clases de caracteres (perfil: %2)</translation>
    </message>
    <message>
        <source>Password uses %1 of 4 character classes</source>
        <translation>La contraseña usa %1 de 4 clases de caracteres</translation>
    </message>
    <message>
        <source>Rotated on %1, %2 days ago (policy: %3 days)</source>
        <translation>Rotada el %1, hace %2 días (política: %3 días)</translation>
    </message>
    <message>
        <source>rolvaliduntil %1</source>
        <translation>rolvaliduntil %1</translation>
    </message>
    <message>
        <source>openssl rand -base64 48 | tr -d '/+=\n' | cut -c1-32, stored in the datastore's Secret and set with \password &lt;role&gt; (or Proofer's password rotation, which sends only the SCRAM verifier)</source>
        <translation>openssl rand -base64 48 | tr -d '/+=\n' | cut -c1-32, guardada en el Secret del almacén de datos y establecida con \password &lt;role&gt; (o la rotación de contraseñas de Proofer, que solo envía el verificador SCRAM)</translation>
    </message>
    <message>
        <source>The password is shorter than the profile requires</source>
        <translation>La contraseña es más corta de lo que exige el perfil</translation>
    </message>
    <message>
        <source>The password uses few character classes</source>
        <translation>La contraseña usa pocas clases de caracteres</translation>
    </message>
    <message>
        <source>The password is older than the rotation policy</source>
        <translation>La contraseña es más antigua de lo que permite la política de rotación</translation>
    </message>
    <message>
        <source>The server does not offer TLS: every session, password and query is in plaintext</source>
        <translation>El servidor no ofrece TLS: todas las sesiones, contraseñas y consultas viajan en texto plano</translation>
    </message>
    <message>
        <source>TLS is on</source>
        <translation>TLS está activado</translation>
    </message>
    <message>
        <source>The probe's plaintext session was accepted</source>
        <translation>Se aceptó la sesión en texto plano de la sonda</translation>
    </message>
    <message>
        <source>pg_hba.conf accepts non-TLS connections: %1</source>
        <translation>pg_hba.conf acepta conexiones sin TLS: %1</translation>
    </message>
    <message>
        <source>The plaintext Redis port accepts connections</source>
        <translation>El puerto de Redis en texto plano acepta conexiones</translation>
    </message>
    <message>
        <source>Only TLS sessions are accepted</source>
        <translation>Solo se aceptan sesiones TLS</translation>
    </message>
    <message>
        <source>Protocols older than TLS 1.2 accepted: %1</source>
        <translation>Se aceptan protocolos anteriores a TLS 1.2: %1</translation>
    </message>
    <message>
        <source>Protocols accepted: %1</source>
        <translation>Protocolos aceptados: %1</translation>
    </message>
    <message>
        <source>Negotiated cipher is weak: %1</source>
        <translation>El cifrado negociado es débil: %1</translation>
    </message>
    <message>
        <source>Weak cipher suites accepted: %1</source>
        <translation>Se aceptan conjuntos de cifrado débiles: %1</translation>
    </message>
    <message>
        <source>No weak cipher suite accepted</source>
        <translation>No se acepta ningún conjunto de cifrado débil</translation>
    </message>
    <message>
        <source>Negotiated cipher: %1</source>
        <translation>Cifrado negociado: %1</translation>
    </message>
    <message>
        <source>Every client found verifies the server certificate</source>
        <translation>Todos los clientes encontrados verifican el certificado del servidor</translation>
    </message>
    <message>
        <source>%1 connects with %2: encrypted but the server is not authenticated</source>
        <translation>%1 se conecta con %2: conexión cifrada, pero sin autenticar el servidor</translation>
    </message>
    <message>
        <source>The certificate chain verifies against the trusted CA</source>
        <translation>La cadena de certificados se verifica con la CA de confianza</translation>
    </message>
    <message>
        <source>The certificate chain does not verify: %1</source>
        <translation>La cadena de certificados no supera la verificación: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>TLS is off</source>
        <translation>TLS está desactivado</translation>
    </message>
    <message>
        <source>Serve TLS with the certificate from the datastore's TLS secret.</source>
        <translation>Sirva TLS con el certificado del Secret TLS del almacén de datos.</translation>
    </message>
    <message>
        <source>postgresql.conf: ssl = on, ssl_cert_file = '/tls/server-cert.pem', ssl_key_file = '/tls/server-key.pem', ssl_ca_file = '/tls/ca-cert.pem', ssl_min_protocol_version = 'TLSv1.2'</source>
        <translation>postgresql.conf: ssl = on, ssl_cert_file = '/tls/server-cert.pem', ssl_key_file = '/tls/server-key.pem', ssl_ca_file = '/tls/ca-cert.pem', ssl_min_protocol_version = 'TLSv1.2'</translation>
    </message>
    <message>
        <source>redis-server --port 0 --tls-port 6379 --tls-cert-file /tls/redis-cert.pem --tls-key-file /tls/redis-key.pem --tls-ca-cert-file /tls/ca-cert.pem</source>
        <translation>redis-server --port 0 --tls-port 6379 --tls-cert-file /tls/redis-cert.pem --tls-key-file /tls/redis-key.pem --tls-ca-cert-file /tls/ca-cert.pem</translation>
    </message>
    <message>
        <source>rabbitmq.conf: listeners.tcp = none, listeners.ssl.default = 5671, ssl_options.certfile = /tls/server-cert.pem, ssl_options.keyfile = /tls/server-key.pem</source>
        <translation>rabbitmq.conf: listeners.tcp = none, listeners.ssl.default = 5671, ssl_options.certfile = /tls/server-cert.pem, ssl_options.keyfile = /tls/server-key.pem</translation>
    </message>
    <message>
        <source>Plaintext connections are also accepted</source>
        <translation>También se aceptan conexiones en texto plano</translation>
    </message>
    <message>
        <source>Close every non-TLS listener.</source>
        <translation>Cierre todos los puntos de escucha (listeners) sin TLS.</translation>
    </message>
    <message>
        <source>Replace every `host` line of pg_hba.conf with `hostssl all all 0.0.0.0/0 scram-sha-256`, then SELECT pg_reload_conf();</source>
        <translation>Sustituya cada línea `host` de pg_hba.conf por `hostssl all all 0.0.0.0/0 scram-sha-256` y, después, ejecute SELECT pg_reload_conf();</translation>
    </message>
    <message>
        <source>redis-server --port 0 (TLS only, as the reference fleet runs it)</source>
        <translation>redis-server --port 0 (solo TLS, como en la flota de referencia)</translation>
    </message>
    <message>
        <source>rabbitmq.conf: listeners.tcp = none</source>
        <translation>rabbitmq.conf: listeners.tcp = none</translation>
    </message>
    <message>
        <source>TLS older than 1.2 is accepted</source>
        <translation>Se acepta TLS anterior a 1.2</translation>
    </message>
    <message>
        <source>Accept TLS 1.2 and 1.3 only.</source>
        <translation>Acepte solo TLS 1.2 y 1.3.</translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET ssl_min_protocol_version = 'TLSv1.2';</source>
        <translation>ALTER SYSTEM SET ssl_min_protocol_version = 'TLSv1.2';</translation>
    </message>
    <message>
        <source>redis.conf: tls-protocols "TLSv1.2 TLSv1.3"</source>
        <translation>redis.conf: tls-protocols "TLSv1.2 TLSv1.3"</translation>
    </message>
    <message>
        <source>rabbitmq.conf: ssl_options.versions.1 = tlsv1.3, ssl_options.versions.2 = tlsv1.2</source>
        <translation>rabbitmq.conf: ssl_options.versions.1 = tlsv1.3, ssl_options.versions.2 = tlsv1.2</translation>
    </message>
    <message>
        <source>Weak cipher suites are accepted</source>
        <translation>Se aceptan conjuntos de cifrado débiles</translation>
    </message>
    <message>
        <source>Restrict the cipher list to strong AEAD suites.</source>
        <translation>Restrinja la lista de cifrados a conjuntos AEAD robustos.</translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET ssl_ciphers = 'HIGH:!aNULL:!eNULL:!MD5:!3DES:!RC4';</source>
        <translation>ALTER SYSTEM SET ssl_ciphers = 'HIGH:!aNULL:!eNULL:!MD5:!3DES:!RC4';</translation>
    </message>
    <message>
        <source>redis.conf: tls-ciphers "HIGH:!aNULL:!eNULL:!MD5:!3DES:!RC4"</source>
        <translation>redis.conf: tls-ciphers "HIGH:!aNULL:!eNULL:!MD5:!3DES:!RC4"</translation>
    </message>
    <message>
        <source>rabbitmq.conf: ssl_options.ciphers.1 = ECDHE-RSA-AES256-GCM-SHA384 (list only AEAD suites)</source>
        <translation>rabbitmq.conf: ssl_options.ciphers.1 = ECDHE-RSA-AES256-GCM-SHA384 (incluya solo conjuntos AEAD)</translation>
    </message>
    <message>
        <source>Clients use TLS without verifying the server</source>
        <translation>Los clientes usan TLS sin verificar el servidor</translation>
    </message>
    <message>
        <source>Verify the server: libpq sslmode=verify-full sslrootcert=/tls/ca-cert.pem; asyncpg ssl=ssl.create_default_context(cafile='/tls/ca-cert.pem'); redis-py ssl_cert_reqs=required ssl_ca_certs=/tls/ca-cert.pem</source>
        <translation>Verifique el servidor: libpq sslmode=verify-full sslrootcert=/tls/ca-cert.pem; asyncpg ssl=ssl.create_default_context(cafile='/tls/ca-cert.pem'); redis-py ssl_cert_reqs=required ssl_ca_certs=/tls/ca-cert.pem</translation>
    </message>
    <message>
        <source>DATABASE_URL: …?sslmode=verify-full&amp;sslrootcert=/tls/ca-cert.pem (asyncpg: ssl=ssl.create_default_context(cafile='/tls/ca-cert.pem'))</source>
        <translation>DATABASE_URL: …?sslmode=verify-full&amp;sslrootcert=/tls/ca-cert.pem (asyncpg: ssl=ssl.create_default_context(cafile='/tls/ca-cert.pem'))</translation>
    </message>
    <message>
        <source>REDIS_URL: rediss://…?ssl_cert_reqs=required&amp;ssl_ca_certs=/tls/ca-cert.pem</source>
        <translation>REDIS_URL: rediss://…?ssl_cert_reqs=required&amp;ssl_ca_certs=/tls/ca-cert.pem</translation>
    </message>
    <message>
        <source>The server certificate does not verify against the trusted CA</source>
        <translation>El certificado del servidor no se verifica con la CA de confianza</translation>
    </message>
    <message>
        <source>Serve a certificate issued by the fleet CA: openssl verify -CAfile ca-cert.pem server-cert.pem</source>
        <translation>Sirva un certificado emitido por la CA de la flota: openssl verify -CAfile ca-cert.pem server-cert.pem</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Probe every datastore of a namespace (or a targets file) live over TLS</source>
        <translation>Sondea en vivo por TLS cada almacén de datos de un espacio de nombres (o de un fichero de destinos)</translation>
    </message>
    <message>
        <source>Check a kubeconfig and list its contexts as kubectl resolves them</source>
        <translation>Comprueba un kubeconfig y lista sus contextos tal como los resuelve kubectl</translation>
    </message>
    <message>
        <source>Start the local demo fleet: PostgreSQL and Redis with TLS behind a Kubernetes API</source>
        <translation>Inicia la flota de demostración local: PostgreSQL y Redis con TLS detrás de una API de Kubernetes</translation>
    </message>
    <message>
        <source>Usage: proofer [options] [command] [command options]</source>
        <translation>Uso: proofer [opciones] [comando] [opciones del comando]</translation>
    </message>
    <message>
        <source>Security console for the PostgreSQL, Redis and RabbitMQ of a Kubernetes namespace.</source>
        <translation>Consola de seguridad para PostgreSQL, Redis y RabbitMQ de un espacio de nombres de Kubernetes.</translation>
    </message>
    <message>
        <source>Without a command, opens the console window.</source>
        <translation>Sin comando, abre la ventana de la consola.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Show this help and exit</source>
        <translation>Muestra esta ayuda y sale</translation>
    </message>
    <message>
        <source>Show the version of Proofer and of its libraries and exit</source>
        <translation>Muestra la versión de Proofer y de sus bibliotecas y sale</translation>
    </message>
    <message>
        <source>Language of the window (for example: es); default: the system's</source>
        <translation>Idioma de la ventana (por ejemplo: es); por omisión, el del sistema</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run "proofer &lt;command&gt; --help" for the options of a command.</source>
        <translation>Ejecute «proofer &lt;comando&gt; --help» para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>proofer %1: this command is not available yet in Proofer %2.</source>
        <translation>proofer %1: este comando aún no está disponible en Proofer %2.</translation>
    </message>
    <message>
        <source>proofer: unknown command "%1". Run "proofer --help" for the list of commands.</source>
        <translation>proofer: comando desconocido «%1». Ejecute «proofer --help» para ver la lista de comandos.</translation>
    </message>
    <message>
        <source>Usage: proofer demo [options]</source>
        <translation>Uso: proofer demo [opciones]</translation>
    </message>
    <message>
        <source>Starts the demo fleet on 127.0.0.1: PostgreSQL servers and a Redis with TLS from a demo CA, exposed in namespace bakery-ia by an embedded Kubernetes API. Runs until Ctrl-C or SIGTERM, then stops every server.</source>
        <translation>Inicia la flota de demostración en 127.0.0.1: servidores PostgreSQL y un Redis con TLS emitido por una CA de demostración, expuestos en el espacio de nombres bakery-ia mediante una API de Kubernetes integrada. Se ejecuta hasta recibir Ctrl-C o SIGTERM y, después, detiene todos los servidores.</translation>
    </message>
    <message>
        <source>PostgreSQL instances, 1 to 14 (default: 14)</source>
        <translation>Instancias de PostgreSQL, de 1 a 14 (por omisión: 14)</translation>
    </message>
    <message>
        <source>hardened, reference (default: the platform as documented) or before (pre-hardening)</source>
        <translation>hardened, reference (por omisión: la plataforma tal como está documentada) o before (antes del bastionado)</translation>
    </message>
    <message>
        <source>Where clusters, keys and the kubeconfig live (default: %1)</source>
        <translation>Directorio donde se guardan los clústeres, las claves y el kubeconfig (por omisión: %1)</translation>
    </message>
    <message>
        <source>Also write the kubeconfig (client certificate, mode 0600) here</source>
        <translation>Escribe también aquí el kubeconfig (certificado de cliente, modo 0600)</translation>
    </message>
    <message>
        <source>Open the console window on the fleet once it is ready</source>
        <translation>Abre la ventana de la consola sobre la flota cuando esté lista</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Muestra esta ayuda</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>--instances must be a number from 1 to %1</source>
        <translation>--instances debe ser un número de 1 a %1</translation>
    </message>
    <message>
        <source>unknown scenario "%1" (hardened, reference or before)</source>
        <translation>escenario «%1» desconocido (hardened, reference o before)</translation>
    </message>
    <message>
        <source>error: could not set up signal handling</source>
        <translation>error: no se pudo configurar la gestión de señales</translation>
    </message>
    <message>
        <source>Stopping the demo fleet…</source>
        <translation>Deteniendo la flota de demostración…</translation>
    </message>
    <message>
        <source>proofer demo: %1</source>
        <translation>proofer demo: %1</translation>
    </message>
    <message>
        <source>Demo fleet stopped.</source>
        <translation>Flota de demostración detenida.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Demo fleet ready (%1 scenario): %n PostgreSQL server(s) and Redis in namespace %2, started in %3 s.</source>
        <translation>Flota de demostración lista (escenario %1): %n servidores PostgreSQL y Redis en el espacio de nombres %2, iniciada en %3 s.</translation>
    </message>
    <message>
        <source>Kubeconfig: %1</source>
        <translation>Kubeconfig: %1</translation>
    </message>
    <message>
        <source>Kubeconfig copy: %1</source>
        <translation>Copia del kubeconfig: %1</translation>
    </message>
    <message>
        <source>Try: proofer scan --kubeconfig %1 --namespace %2</source>
        <translation>Pruebe: proofer scan --kubeconfig %1 --namespace %2</translation>
    </message>
    <message>
        <source>Console window opened on the fleet; closing it stops the fleet.</source>
        <translation>Ventana de la consola abierta sobre la flota; al cerrarla se detiene la flota.</translation>
    </message>
    <message>
        <source>Press Ctrl-C to stop.</source>
        <translation>Pulse Ctrl-C para detenerla.</translation>
    </message>
    <message>
        <source>none (anonymous)</source>
        <translation>ninguna (anónima)</translation>
    </message>
    <message>
        <source>bearer token (%1)</source>
        <translation>token de portador (%1)</translation>
    </message>
    <message>
        <source>bearer token from file %1</source>
        <translation>token de portador del fichero %1</translation>
    </message>
    <message>
        <source>client certificate (embedded, %1)</source>
        <translation>certificado de cliente (incrustado, %1)</translation>
    </message>
    <message>
        <source>client certificate %1</source>
        <translation>certificado de cliente %1</translation>
    </message>
    <message>
        <source>exec plugin %1 (%2)</source>
        <translation>complemento exec %1 (%2)</translation>
    </message>
    <message>
        <source>basic (user %1, password %2)</source>
        <translation>básica (usuario %1, contraseña %2)</translation>
    </message>
    <message>
        <source>auth-provider %1</source>
        <translation>auth-provider %1</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Contexto:</translation>
    </message>
    <message>
        <source>  from:</source>
        <translation>  origen:</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>Espacio de nombres:</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Clúster:</translation>
    </message>
    <message>
        <source>  server:</source>
        <translation>  servidor:</translation>
    </message>
    <message>
        <source>NOT VERIFIED (insecure-skip-tls-verify)</source>
        <translation>NO VERIFICADO (insecure-skip-tls-verify)</translation>
    </message>
    <message>
        <source>CA from certificate-authority-data</source>
        <translation>CA de certificate-authority-data</translation>
    </message>
    <message>
        <source>CA file %1</source>
        <translation>fichero de CA %1</translation>
    </message>
    <message>
        <source>system CAs</source>
        <translation>CA del sistema</translation>
    </message>
    <message>
        <source>  trust:</source>
        <translation>  confianza:</translation>
    </message>
    <message>
        <source>  TLS name:</source>
        <translation>  nombre TLS:</translation>
    </message>
    <message>
        <source>  proxy:</source>
        <translation>  proxy:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>  auth:</source>
        <translation>  autenticación:</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Usage: proofer kubeconfig &lt;check|contexts|view&gt; [options]</source>
        <translation>Uso: proofer kubeconfig &lt;check|contexts|view&gt; [opciones]</translation>
    </message>
    <message>
        <source>Reads the kubeconfig as kubectl does: --kubeconfig alone, else every file of $KUBECONFIG (':'-separated, first definition wins), else ~/.kube/config.</source>
        <translation>Lee el kubeconfig como lo hace kubectl: solo --kubeconfig si se indica; si no, cada fichero de $KUBECONFIG (separados por ':'; prevalece la primera definición); si no, ~/.kube/config.</translation>
    </message>
    <message>
        <source>Resolve the context (cluster, user, namespace, TLS, auth) and validate it; exit 0 or 2</source>
        <translation>Resuelve el contexto (clúster, usuario, espacio de nombres, TLS, autenticación) y lo valida; sale con 0 o 2</translation>
    </message>
    <message>
        <source>List the contexts like "kubectl config get-contexts"</source>
        <translation>Lista los contextos como «kubectl config get-contexts»</translation>
    </message>
    <message>
        <source>Print the merged kubeconfig as JSON with secrets redacted (--context: only that context)</source>
        <translation>Muestra el kubeconfig combinado como JSON con los secretos ocultos (--context: solo ese contexto)</translation>
    </message>
    <message>
        <source>Use only this kubeconfig file</source>
        <translation>Usa solo este fichero kubeconfig</translation>
    </message>
    <message>
        <source>The context to use instead of current-context</source>
        <translation>El contexto que se usa en lugar de current-context</translation>
    </message>
    <message>
        <source>text (default) or json</source>
        <translation>text (por omisión) o json</translation>
    </message>
    <message>
        <source>Tokens, passwords and keys are never printed: they show as REDACTED or DATA+OMITTED, as in "kubectl config view".</source>
        <translation>Los tokens, las contraseñas y las claves nunca se muestran: aparecen como REDACTED o DATA+OMITTED, como en «kubectl config view».</translation>
    </message>
    <message>
        <source>Exit status: 0 when the kubeconfig is usable, 2 on any error (printed on standard error).</source>
        <translation>Estado de salida: 0 si el kubeconfig es utilizable, 2 ante cualquier error (que se muestra en la salida de error estándar).</translation>
    </message>
    <message>
        <source>unknown output format "%1" (text or json)</source>
        <translation>formato de salida desconocido «%1» (text o json)</translation>
    </message>
    <message>
        <source>unknown kubeconfig command "%1" (check, contexts or view)</source>
        <translation>comando de kubeconfig desconocido «%1» (check, contexts o view)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
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
        <translation>Uso: proofer scan [--kubeconfig FILE] [--context NAME] [--namespace NS] [opciones]
     proofer scan --targets FILE [opciones]

Sondea en vivo por TLS (mediante reenvíos de puertos) cada PostgreSQL, Redis y RabbitMQ de un espacio de nombres,
o los almacenes de datos listados en un fichero de destinos, y muestra lo que ha observado.

Opciones:
  --kubeconfig FILE   kubeconfig que se usa (por omisión: $KUBECONFIG y, si no, ~/.kube/config)
  --context NAME      contexto que se usa (por omisión: el contexto actual)
  --namespace NS      espacio de nombres que se analiza (por omisión: el del contexto)
  --targets FILE      analiza los almacenes de datos de este fichero YAML en lugar de un clúster
  --format FORMAT     json (esquema proofer.snapshot/v1) o text (por omisión: text)
  --output FILE       escribe el resultado en FILE en lugar de en la salida estándar
  --concurrency N     almacenes de datos sondeados a la vez (por omisión: 8)
  --timeout SECONDS   tiempo de espera de conexión por paso, en segundos (por omisión: 10)
  --fail-under GRADE  sale con 1 si la calificación de la flota es inferior (p. ej., B-): un control para CI

Estado de salida: 0 el análisis se ha ejecutado (haya encontrado lo que haya encontrado), 1 la calificación es inferior a --fail-under,
2 uso o configuración incorrectos, 3 no se ha podido alcanzar el clúster ni ninguno de los destinos.
</translation>
    </message>
    <message>
        <source>Namespace %1 (context %2, %3)</source>
        <translation>Espacio de nombres %1 (contexto %2, %3)</translation>
    </message>
    <message>
        <source>Targets from %1</source>
        <translation>Destinos de %1</translation>
    </message>
    <message>
        <source>Scanned at %1</source>
        <translation>Analizado el %1</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>VERIFIED</source>
        <translation>VERIFIC.</translation>
    </message>
    <message>
        <source>CERT DAYS</source>
        <translation>DÍAS CERT</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTENTICACIÓN</translation>
    </message>
    <message>
        <source>PLAINTEXT</source>
        <translation>TEXTO CLARO</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>Fleet grade: %1 (%2)  critical %3, high %4, medium %5, low %6</source>
        <translation>Calificación de la flota: %1 (%2)  críticos %3, altos %4, medios %5, bajos %6</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>sin puntuación</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Hallazgos:</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>unknown format "%1" (json or text)</source>
        <translation>formato desconocido «%1» (json o text)</translation>
    </message>
    <message>
        <source>--fail-under takes a grade from A+ to F, not "%1"</source>
        <translation>--fail-under admite una calificación de A+ a F, no «%1»</translation>
    </message>
    <message>
        <source>--targets cannot be combined with --kubeconfig, --context or --namespace</source>
        <translation>--targets no se puede combinar con --kubeconfig, --context ni --namespace</translation>
    </message>
    <message>
        <source>--concurrency must be between 1 and 256</source>
        <translation>--concurrency debe estar entre 1 y 256</translation>
    </message>
    <message>
        <source>--timeout must be between 1 and 600 seconds</source>
        <translation>--timeout debe estar entre 1 y 600 segundos</translation>
    </message>
    <message>
        <source>Language of the window (for example: es)</source>
        <translation>Idioma de la ventana (por ejemplo: es)</translation>
    </message>
    <message>
        <source>kubeconfig to use</source>
        <translation>kubeconfig que se usa</translation>
    </message>
    <message>
        <source>context to use</source>
        <translation>contexto que se usa</translation>
    </message>
    <message>
        <source>namespace to scan</source>
        <translation>espacio de nombres que se analiza</translation>
    </message>
    <message>
        <source>scan the datastores of this YAML file</source>
        <translation>analiza los almacenes de datos de este fichero YAML</translation>
    </message>
    <message>
        <source>auditor mode: read-only, no secrets</source>
        <translation>modo auditor: solo lectura, sin secretos</translation>
    </message>
    <message>
        <source>Renew the TLS certificates of the datastores (preview, apply, verify, roll back)</source>
        <translation>Renueva los certificados TLS de los almacenes de datos (vista previa, aplicar, verificar, revertir)</translation>
    </message>
    <message>
        <source>Rotate datastore passwords without the plaintext reaching the server</source>
        <translation>Rota las contraseñas de los almacenes de datos sin que el texto claro llegue al servidor</translation>
    </message>
    <message>
        <source>Create an encrypted backup (pg_dump | gzip | gpg) of a database</source>
        <translation>Crea una copia de seguridad cifrada (pg_dump | gzip | gpg) de una base de datos</translation>
    </message>
    <message>
        <source>Restore an encrypted backup, verified before the live database is touched</source>
        <translation>Restaura una copia de seguridad cifrada, verificada antes de tocar la base de datos en uso</translation>
    </message>
    <message>
        <source>List the grades of past scans and what changed between two</source>
        <translation>Lista las calificaciones de análisis anteriores y lo que cambió entre dos</translation>
    </message>
</context>
<context>
    <name>Cli::ScanRun</name>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>error: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>error: no datastore could be reached</source>
        <translation>error: no se pudo alcanzar ningún almacén de datos</translation>
    </message>
    <message>
        <source>grade %1 (%2) is below %3</source>
        <translation>la calificación %1 (%2) es inferior a %3</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation>Copiar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>DeductionsModel</name>
    <message>
        <source>failed check</source>
        <translation>comprobación fallida</translation>
    </message>
    <message>
        <source>severity ceiling</source>
        <translation>techo por gravedad</translation>
    </message>
    <message>
        <source>fleet cap</source>
        <translation>tope de la flota</translation>
    </message>
    <message>
        <source>fleet</source>
        <translation>flota</translation>
    </message>
    <message>
        <source>Datastore</source>
        <translation>Almacén de datos</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message>
        <source>The demo fleet could not be started: %1</source>
        <translation>No se pudo iniciar la flota de demostración: %1</translation>
    </message>
    <message>
        <source>The demo fleet stopped unexpectedly.</source>
        <translation>La flota de demostración se detuvo de forma inesperada.</translation>
    </message>
    <message>
        <source>The demo fleet exited with code %1.</source>
        <translation>La flota de demostración terminó con el código %1.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a datastore to see its certificates, settings, findings and evidence.</source>
        <translation>Seleccione un almacén de datos para ver sus certificados, ajustes, hallazgos y evidencias.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Hallazgos (%1)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>observed %1</source>
        <translation>observado el %1</translation>
    </message>
    <message>
        <source>probing…</source>
        <translation>sondeando…</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>calificación %1</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Postura de seguridad</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Audit logging</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Persistence</source>
        <translation>Persistencia</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>%1 (%2 of 100)</source>
        <translation>%1 (%2 de 100)</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>%1 assessed, %2 not assessed, %3 not applicable</source>
        <translation>%1 evaluadas, %2 sin evaluar, %3 no aplicables</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n restart(s)</source>
        <translation>
            <numerusform>%1, %2, %n reinicio</numerusform>
            <numerusform>%1, %2, %n reinicios</numerusform>
        </translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>no listo</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>PVC</source>
        <translation>PVC</translation>
    </message>
    <message>
        <source>%1, %2, class %3, %4</source>
        <translation>%1, %2, clase %3, %4</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>TLS secret</source>
        <translation>Secret TLS</translation>
    </message>
    <message>
        <source>Key file mode</source>
        <translation>Modo del fichero de la clave</translation>
    </message>
    <message>
        <source>Credentials secret</source>
        <translation>Secret de credenciales</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message numerus="yes">
        <source>%n characters, %1 character classes</source>
        <translation>
            <numerusform>%n carácter, %1 clases de caracteres</numerusform>
            <numerusform>%n caracteres, %1 clases de caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients that do not verify TLS</source>
        <translation>Clientes que no verifican TLS</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>not testable here</source>
        <translation>no se puede probar aquí</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>sin probar</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>yes, as %1</source>
        <translation>sí, como %1</translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation>Texto claro</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Sin determinar</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation>Nombres (SAN)</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validez</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>caducó hace %n día</numerusform>
            <numerusform>caducó hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>No certificate observed yet</source>
        <translation>Aún no se ha observado ningún certificado</translation>
    </message>
    <message>
        <source>Served by the server</source>
        <translation>Presentado por el servidor</translation>
    </message>
    <message>
        <source>The server presented no certificate</source>
        <translation>El servidor no presentó ningún certificado</translation>
    </message>
    <message>
        <source>Leaf</source>
        <translation>Certificado hoja</translation>
    </message>
    <message>
        <source>Chain #%1</source>
        <translation>Cadena n.º %1</translation>
    </message>
    <message>
        <source>No TLS secret mounted</source>
        <translation>No hay ningún Secret TLS montado</translation>
    </message>
    <message>
        <source>Stored in secret %1</source>
        <translation>Guardado en el Secret %1</translation>
    </message>
    <message>
        <source>Matches the served one</source>
        <translation>Coincide con el servido</translation>
    </message>
    <message>
        <source>no: the server has not loaded the certificate in the secret</source>
        <translation>no: el servidor no ha cargado el certificado del Secret</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>No hay hallazgos.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Datastore</source>
        <translation>Almacén de datos</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message>
        <source>cannot read targets file %1: %2</source>
        <translation>no se puede leer el fichero de destinos %1: %2</translation>
    </message>
    <message>
        <source>%1:%2: not valid YAML: %3</source>
        <translation>%1:%2: YAML no válido: %3</translation>
    </message>
    <message>
        <source>%1: no "datastores:" list</source>
        <translation>%1: no hay ninguna lista «datastores:»</translation>
    </message>
    <message>
        <source>each datastore is a mapping ({name: …, kind: …, host: …})</source>
        <translation>cada almacén de datos es un mapeo ({name: …, kind: …, host: …})</translation>
    </message>
    <message>
        <source>"name", "kind" and "host" are required</source>
        <translation>«name», «kind» y «host» son obligatorios</translation>
    </message>
    <message>
        <source>unknown kind "%1" (postgresql, redis or rabbitmq)</source>
        <translation>tipo «%1» desconocido (postgresql, redis o rabbitmq)</translation>
    </message>
    <message>
        <source>port "%1" is not a TCP port</source>
        <translation>el puerto «%1» no es un puerto TCP</translation>
    </message>
    <message>
        <source>caFile %1: %2</source>
        <translation>caFile %1: %2</translation>
    </message>
    <message>
        <source>caFile %1 holds no PEM certificate</source>
        <translation>caFile %1 no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <source>passwordFile %1: %2</source>
        <translation>passwordFile %1: %2</translation>
    </message>
    <message>
        <source>passwordEnv: the variable %1 is not set</source>
        <translation>passwordEnv: la variable %1 no está definida</translation>
    </message>
    <message>
        <source>the name "%1" is used twice</source>
        <translation>el nombre «%1» se usa dos veces</translation>
    </message>
    <message>
        <source>%1: the "datastores:" list is empty</source>
        <translation>%1: la lista «datastores:» está vacía</translation>
    </message>
</context>
<context>
    <name>Fleet::FleetScanner</name>
    <message>
        <source>%1: no answer within %2 s; stopped</source>
        <translation>%1: sin respuesta en %2 s; detenido</translation>
    </message>
    <message>
        <source>%1 is a pod but there is no cluster connection</source>
        <translation>%1 es un pod, pero no hay conexión con el clúster</translation>
    </message>
    <message>
        <source>TLS is off: nothing to verify</source>
        <translation>TLS está desactivado: no hay nada que verificar</translation>
    </message>
    <message>
        <source>the management API is not probed by this version</source>
        <translation>esta versión no sondea la API de gestión</translation>
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message>
        <source>No pod of %1/%2 exists</source>
        <translation>No existe ningún pod de %1/%2</translation>
    </message>
    <message>
        <source>no pod</source>
        <translation>sin pod</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3, %n restart(s)</source>
        <translation>
            <numerusform>%1: %2, %3, %n reinicio</numerusform>
            <numerusform>%1: %2, %3, %n reinicios</numerusform>
        </translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>no listo</translation>
    </message>
    <message>
        <source>%1/%2 ready</source>
        <translation>%1/%2 listos</translation>
    </message>
    <message>
        <source>Running, not ready</source>
        <translation>Running, no listo</translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s)</source>
        <translation>
            <numerusform>%n reinicio</numerusform>
            <numerusform>%n reinicios</numerusform>
        </translation>
    </message>
    <message>
        <source>The data directory is on an emptyDir or not mounted: a restart loses it</source>
        <translation>El directorio de datos está en un emptyDir o no está montado: un reinicio lo borra</translation>
    </message>
    <message>
        <source>No PersistentVolumeClaim is mounted</source>
        <translation>No hay ningún PersistentVolumeClaim montado</translation>
    </message>
    <message>
        <source>none (ephemeral)</source>
        <translation>ninguno (efímero)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>%1: %2, %3, class %4</source>
        <translation>%1: %2, %3, clase %4</translation>
    </message>
    <message>
        <source>no capacity</source>
        <translation>sin capacidad</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <source>probing…</source>
        <translation>sondeando…</translation>
    </message>
    <message>
        <source>not in a cluster</source>
        <translation>fuera de un clúster</translation>
    </message>
    <message>
        <source>A direct target from a targets file: no Kubernetes facts</source>
        <translation>Destino directo de un fichero de destinos: sin datos de Kubernetes</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inaccesible</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>The server does not offer TLS: everything travels in clear text</source>
        <translation>El servidor no ofrece TLS: todo viaja en texto claro</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>%1 · verified</source>
        <translation>%1 · verificado</translation>
    </message>
    <message>
        <source>%1 · not verified</source>
        <translation>%1 · no verificado</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Protocolos aceptados: %1</translation>
    </message>
    <message>
        <source>Cipher: %1</source>
        <translation>Cifrado: %1</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>Falló la verificación: %1</translation>
    </message>
    <message>
        <source>The port also accepts plaintext connections</source>
        <translation>El puerto también acepta conexiones en texto claro</translation>
    </message>
    <message>
        <source>%1
issued by %2
expires %3</source>
        <translation>%1
emitido por %2
caduca el %3</translation>
    </message>
    <message numerus="yes">
        <source>%n chars</source>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Password of %n characters in %1</source>
        <translation>
            <numerusform>Contraseña de %n carácter en %1</numerusform>
            <numerusform>Contraseña de %n caracteres en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>on (%1 of %2)</source>
        <translation>activado (%1 de %2)</translation>
    </message>
    <message>
        <source>partial (%1 of %2)</source>
        <translation>parcial (%1 de %2)</translation>
    </message>
    <message>
        <source>ephemeral</source>
        <translation>efímero</translation>
    </message>
    <message>
        <source>The data is lost when the pod restarts</source>
        <translation>Los datos se pierden cuando el pod se reinicia</translation>
    </message>
    <message>
        <source>on PVC</source>
        <translation>en PVC</translation>
    </message>
    <message>
        <source>no bound PVC</source>
        <translation>sin PVC vinculado</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Redis has no connection audit log</source>
        <translation>Redis no tiene registro de auditoría de conexiones</translation>
    </message>
    <message>
        <source>AOF on</source>
        <translation>AOF activado</translation>
    </message>
    <message>
        <source>appendonly yes, save "%1"</source>
        <translation>appendonly yes, save "%1"</translation>
    </message>
    <message>
        <source>RDB only</source>
        <translation>solo RDB</translation>
    </message>
    <message>
        <source>appendonly no, save "%1"</source>
        <translation>appendonly no, save "%1"</translation>
    </message>
    <message>
        <source>Neither AOF nor RDB snapshots: a restart loses the data</source>
        <translation>Sin AOF ni instantáneas RDB: un reinicio borra los datos</translation>
    </message>
    <message>
        <source>Worst: %1</source>
        <translation>La más grave: %1</translation>
    </message>
    <message>
        <source>Score %1 of 100</source>
        <translation>Puntuación: %1 de 100</translation>
    </message>
    <message>
        <source>Nothing could be assessed</source>
        <translation>No se pudo evaluar nada</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Informativa</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>caducó hace %n día</numerusform>
            <numerusform>caducó hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: probing…</source>
        <translation>%1: sondeando…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>PVC</source>
        <translation>PVC</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Audit logging</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Persistence</source>
        <translation>Persistencia</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Calificación</translation>
    </message>
</context>
<context>
    <name>FleetSession</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Scan cancelled</source>
        <translation>Análisis cancelado</translation>
    </message>
    <message>
        <source>Reading namespace %1…</source>
        <translation>Leyendo el espacio de nombres %1…</translation>
    </message>
    <message numerus="yes">
        <source>Scanning %n datastore(s)…</source>
        <translation>
            <numerusform>Analizando %n almacén de datos…</numerusform>
            <numerusform>Analizando %n almacenes de datos…</numerusform>
        </translation>
    </message>
    <message>
        <source>No datastore could be reached</source>
        <translation>No se pudo alcanzar ningún almacén de datos</translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n datastore(s)</source>
        <translation>
            <numerusform>%n almacén de datos analizado</numerusform>
            <numerusform>%n almacenes de datos analizados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradePanel</name>
    <message>
        <source>Deductions</source>
        <translation>Penalizaciones</translation>
    </message>
    <message>
        <source>What if these were fixed?</source>
        <translation>¿Y si se corrigieran estos hallazgos?</translation>
    </message>
    <message>
        <source>Grading after the scan…</source>
        <translation>Se calificará al terminar el análisis…</translation>
    </message>
    <message>
        <source>No grade yet: scan a namespace</source>
        <translation>Aún no hay calificación: analice un espacio de nombres</translation>
    </message>
    <message>
        <source>Fleet score %1 of 100</source>
        <translation>Puntuación de la flota: %1 de 100</translation>
    </message>
    <message>
        <source>Nothing could be assessed</source>
        <translation>No se pudo evaluar nada</translation>
    </message>
    <message>
        <source>(from the previous scan)</source>
        <translation>(del análisis anterior)</translation>
    </message>
    <message>
        <source>Failed checks: %1</source>
        <translation>Comprobaciones fallidas: %1</translation>
    </message>
    <message>
        <source>Deductions (%1 points)</source>
        <translation>Penalizaciones (%1 puntos)</translation>
    </message>
    <message>
        <source>Tick findings to project the grade with them fixed.</source>
        <translation>Marque hallazgos para proyectar la calificación como si estuvieran corregidos.</translation>
    </message>
    <message numerus="yes">
        <source>With %n finding(s) fixed: &lt;b&gt;%1&lt;/b&gt; (%2, now %3 %4)</source>
        <translation>
            <numerusform>Con %n hallazgo corregido: &lt;b&gt;%1&lt;/b&gt; (%2; ahora, %3 %4)</numerusform>
            <numerusform>Con %n hallazgos corregidos: &lt;b&gt;%1&lt;/b&gt; (%2; ahora, %3 %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>no score</source>
        <translation>sin puntuación</translation>
    </message>
</context>
<context>
    <name>Kube</name>
    <message>
        <source>context was not found for specified context: %1</source>
        <translation>no se encontró el contexto especificado: %1</translation>
    </message>
    <message>
        <source>open %1: %2</source>
        <translation>open %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB</source>
        <translation>%1 ocupa más de 1 MiB</translation>
    </message>
    <message>
        <source>unable to read client-cert %1 for %2 due to %3</source>
        <translation>no se puede leer client-cert %1 para %2 debido a %3</translation>
    </message>
    <message>
        <source>unable to read client-key %1 for %2 due to %3</source>
        <translation>no se puede leer client-key %1 para %2 debido a %3</translation>
    </message>
    <message>
        <source>client-key-data or client-key must be specified for %1 to use the clientCert authentication method.</source>
        <translation>se debe especificar client-key-data o client-key para que %1 use el método de autenticación clientCert.</translation>
    </message>
    <message>
        <source>unable to read tokenFile %1 for %2 due to %3</source>
        <translation>no se puede leer tokenFile %1 para %2 debido a %3</translation>
    </message>
    <message>
        <source>tokenFile %1 for %2 is empty</source>
        <translation>tokenFile %1 de %2 está vacío</translation>
    </message>
    <message>
        <source>no Auth Provider found for name "%1"</source>
        <translation>no se encontró ningún Auth Provider con el nombre «%1»</translation>
    </message>
    <message>
        <source>the oidc auth provider of user "%1" has no id-token; log in with your OIDC helper (for example "kubectl oidc-login") first: Proofer does not run the OIDC refresh flow</source>
        <translation>el proveedor de autenticación oidc del usuario «%1» no tiene id-token; inicie sesión primero con su asistente de OIDC (por ejemplo, «kubectl oidc-login»): Proofer no ejecuta el flujo de renovación de OIDC</translation>
    </message>
    <message>
        <source>the id-token of the oidc auth provider of user "%1" expired at %2; log in again with your OIDC helper (for example "kubectl oidc-login"): Proofer does not run the OIDC refresh flow</source>
        <translation>el id-token del proveedor de autenticación oidc del usuario «%1» caducó el %2; vuelva a iniciar sesión con su asistente de OIDC (por ejemplo, «kubectl oidc-login»): Proofer no ejecuta el flujo de renovación de OIDC</translation>
    </message>
    <message>
        <source>getting credentials: %1</source>
        <translation>al obtener las credenciales: %1</translation>
    </message>
    <message>
        <source>user "%1" has no exec plugin</source>
        <translation>el usuario «%1» no tiene complemento exec</translation>
    </message>
    <message>
        <source>exec plugin cannot support interactive mode: standard input is not a terminal. The plugin %1 of user "%2" asks for a terminal on every run (interactiveMode: Always), and Proofer has none to give it. Log in once in a terminal, or set interactiveMode to IfAvailable or Never.</source>
        <translation>el complemento exec no admite el modo interactivo: la entrada estándar no es un terminal. El complemento %1 del usuario «%2» pide un terminal en cada ejecución (interactiveMode: Always) y Proofer no tiene ninguno que darle. Inicie sesión una vez en un terminal o establezca interactiveMode en IfAvailable o Never.</translation>
    </message>
    <message>
        <source>exec plugin %1 wrote more than %2 KiB to standard output; its output was refused</source>
        <translation>el complemento exec %1 escribió más de %2 KiB en la salida estándar; se rechazó su salida</translation>
    </message>
    <message>
        <source>exec: executable %1 not found (%2)</source>
        <translation>exec: no se encontró el ejecutable %1 (%2)</translation>
    </message>
    <message>
        <source>exec: executable %1 was killed by a signal</source>
        <translation>exec: el ejecutable %1 terminó por una señal</translation>
    </message>
    <message>
        <source>exec: executable %1 failed with exit code %2</source>
        <translation>exec: el ejecutable %1 falló con el código de salida %2</translation>
    </message>
    <message>
        <source>; it said: %1</source>
        <translation>; su mensaje: %1</translation>
    </message>
    <message>
        <source>decoding stdout: couldn't get version/kind; json parse error: %1 at offset %2</source>
        <translation>decodificando stdout: no se pudo obtener version/kind; error de análisis de JSON: %1 en el desplazamiento %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>decoding stdout: Object 'Kind' or 'apiVersion' is missing in the exec plugin's output</source>
        <translation>decodificando stdout: falta 'Kind' o 'apiVersion' del objeto en la salida del complemento exec</translation>
    </message>
    <message>
        <source>exec plugin is configured to use API version %1, plugin returned version %2</source>
        <translation>el complemento exec está configurado para usar la versión de API %1, pero el complemento devolvió la versión %2</translation>
    </message>
    <message>
        <source>decoding stdout: no kind "%1" is registered for version "%2"</source>
        <translation>decodificando stdout: no hay ningún kind «%1» registrado para la versión «%2»</translation>
    </message>
    <message>
        <source>exec plugin didn't return a status field</source>
        <translation>el complemento exec no devolvió ningún campo status</translation>
    </message>
    <message>
        <source>exec plugin returned only certificate or key, not both</source>
        <translation>el complemento exec devolvió solo el certificado o la clave, no ambos</translation>
    </message>
    <message>
        <source>exec plugin didn't return a token or cert/key pair</source>
        <translation>el complemento exec no devolvió ningún token ni par certificado/clave</translation>
    </message>
    <message>
        <source>exec plugin returned an unreadable expirationTimestamp "%1"</source>
        <translation>el complemento exec devolvió un expirationTimestamp ilegible «%1»</translation>
    </message>
    <message>
        <source>exec plugin %1 for user "%2" did not finish within %3 seconds and was stopped; it may be waiting for a login (a browser or a prompt) that Proofer cannot show</source>
        <translation>el complemento exec %1 del usuario «%2» no terminó en %3 segundos y se detuvo; puede que esté esperando un inicio de sesión (un navegador o una solicitud) que Proofer no puede mostrar</translation>
    </message>
    <message>
        <source>exec plugin %1 for user "%2" was cancelled</source>
        <translation>se canceló el complemento exec %1 del usuario «%2»</translation>
    </message>
    <message>
        <source>YAML aliases are not allowed in a kubeconfig</source>
        <translation>no se permiten alias de YAML en un kubeconfig</translation>
    </message>
    <message>
        <source>YAML anchors are not allowed in a kubeconfig</source>
        <translation>no se permiten anclas de YAML en un kubeconfig</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>anidamiento de más de %1 niveles</translation>
    </message>
    <message>
        <source>the kubeconfig is not a mapping</source>
        <translation>el kubeconfig no es un mapeo</translation>
    </message>
    <message>
        <source>no kind "%1" is registered for version "%2"</source>
        <translation>no hay ningún kind «%1» registrado para la versión «%2»</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>"%1" must be a string</source>
        <translation>«%1» debe ser una cadena</translation>
    </message>
    <message>
        <source>"%1" must be true or false</source>
        <translation>«%1» debe ser true o false</translation>
    </message>
    <message>
        <source>"%1" is not valid base64</source>
        <translation>«%1» no es base64 válido</translation>
    </message>
    <message>
        <source>"%1" must be a list</source>
        <translation>«%1» debe ser una lista</translation>
    </message>
    <message>
        <source>each entry of "%1" must be a mapping</source>
        <translation>cada entrada de «%1» debe ser un mapeo</translation>
    </message>
    <message>
        <source>duplicate name "%1" in list of %2</source>
        <translation>nombre «%1» duplicado en la lista de %2</translation>
    </message>
    <message>
        <source>"%1" of "%2" must be a mapping</source>
        <translation>«%1» de «%2» debe ser un mapeo</translation>
    </message>
    <message>
        <source>"args" must be a list of strings</source>
        <translation>«args» debe ser una lista de cadenas</translation>
    </message>
    <message>
        <source>"env" must be a list of name/value pairs</source>
        <translation>«env» debe ser una lista de pares name/value</translation>
    </message>
    <message>
        <source>"config" of an auth-provider must be a mapping</source>
        <translation>«config» de un auth-provider debe ser un mapeo</translation>
    </message>
    <message>
        <source>"config" of an auth-provider must map strings to strings</source>
        <translation>«config» de un auth-provider debe asignar cadenas a cadenas</translation>
    </message>
    <message>
        <source>"exec" must be a mapping</source>
        <translation>«exec» debe ser un mapeo</translation>
    </message>
    <message>
        <source>"auth-provider" must be a mapping</source>
        <translation>«auth-provider» debe ser un mapeo</translation>
    </message>
    <message>
        <source>error loading config file "%1": %2</source>
        <translation>error al cargar el fichero de configuración «%1»: %2</translation>
    </message>
    <message>
        <source>read %1: is a directory</source>
        <translation>read %1: es un directorio</translation>
    </message>
    <message>
        <source>Error in configuration:</source>
        <translation>Error en la configuración:</translation>
    </message>
    <message>
        <source>no server found for cluster "%1"</source>
        <translation>no se encontró ningún servidor para el clúster «%1»</translation>
    </message>
    <message>
        <source>invalid 'proxy-url' "%1" for cluster "%2"</source>
        <translation>'proxy-url' «%1» no válido para el clúster «%2»</translation>
    </message>
    <message>
        <source>invalid 'proxy-url' "%1" for cluster "%2": scheme "%3" is not supported (http, https and socks5 are)</source>
        <translation>'proxy-url' «%1» no válido para el clúster «%2»: el esquema «%3» no es compatible (sí lo son http, https y socks5)</translation>
    </message>
    <message>
        <source>cluster "%1" uses a socks5 proxy: API requests go through it, but port-forward (WebSocket) cannot be carried over SOCKS5, so datastores must be reached directly</source>
        <translation>el clúster «%1» usa un proxy socks5: las solicitudes a la API pasan por él, pero el reenvío de puertos (WebSocket) no puede transportarse por SOCKS5, así que los almacenes de datos deben alcanzarse directamente</translation>
    </message>
    <message>
        <source>certificate-authority-data and certificate-authority are both specified for %1. certificate-authority-data will override.</source>
        <translation>se especifican tanto certificate-authority-data como certificate-authority para %1. Prevalecerá certificate-authority-data.</translation>
    </message>
    <message>
        <source>unable to read certificate-authority %1 for %2 due to %3</source>
        <translation>no se puede leer certificate-authority %1 para %2 debido a %3</translation>
    </message>
    <message>
        <source>specifying a root certificates file with the insecure flag is not allowed</source>
        <translation>no se permite especificar un fichero de certificados raíz junto con la opción insecure</translation>
    </message>
    <message>
        <source>insecure-skip-tls-verify is set for cluster "%1": the server's certificate will not be verified</source>
        <translation>insecure-skip-tls-verify está activado para el clúster «%1»: no se verificará el certificado del servidor</translation>
    </message>
    <message>
        <source>client-cert-data and client-cert are both specified for %1. client-cert-data will override.</source>
        <translation>se especifican tanto client-cert-data como client-cert para %1. Prevalecerá client-cert-data.</translation>
    </message>
    <message>
        <source>client-key-data and client-key are both specified for %1; client-key-data will override</source>
        <translation>se especifican tanto client-key-data como client-key para %1; prevalecerá client-key-data</translation>
    </message>
    <message>
        <source>authProvider cannot be provided in combination with an exec plugin for %1</source>
        <translation>authProvider no se puede indicar junto con un complemento exec para %1</translation>
    </message>
    <message>
        <source>command must be specified for %1 to use exec authentication plugin</source>
        <translation>se debe especificar command para que %1 use el complemento de autenticación exec</translation>
    </message>
    <message>
        <source>apiVersion must be specified for %1 to use exec authentication plugin</source>
        <translation>se debe especificar apiVersion para que %1 use el complemento de autenticación exec</translation>
    </message>
    <message>
        <source>exec plugin: invalid apiVersion "%1"</source>
        <translation>complemento exec: apiVersion «%1» no válido</translation>
    </message>
    <message>
        <source>env variable name must be specified for %1 to use exec authentication plugin</source>
        <translation>se debe especificar el nombre de la variable de env para que %1 use el complemento de autenticación exec</translation>
    </message>
    <message>
        <source>interactiveMode must be specified for %1 to use exec authentication plugin</source>
        <translation>se debe especificar interactiveMode para que %1 use el complemento de autenticación exec</translation>
    </message>
    <message>
        <source>the exec plugin of %1 has interactiveMode: Always: it needs a terminal on every run, which Proofer's window cannot give it, so it will fail there</source>
        <translation>el complemento exec de %1 tiene interactiveMode: Always: necesita un terminal en cada ejecución, que la ventana de Proofer no puede darle, así que ahí fallará</translation>
    </message>
    <message>
        <source>invalid interactiveMode for %1: "%2"</source>
        <translation>interactiveMode no válido para %1: «%2»</translation>
    </message>
    <message>
        <source>The gcp auth plugin has been removed. Please use the "gke-gcloud-auth-plugin" kubectl/client-go credential plugin instead.</source>
        <translation>Se ha eliminado el complemento de autenticación gcp. Use en su lugar el complemento de credenciales de kubectl/client-go «gke-gcloud-auth-plugin».</translation>
    </message>
    <message>
        <source>The azure auth plugin has been removed. Please use the "kubelogin" kubectl/client-go credential plugin instead.</source>
        <translation>Se ha eliminado el complemento de autenticación azure. Use en su lugar el complemento de credenciales de kubectl/client-go «kubelogin».</translation>
    </message>
    <message>
        <source>more than one authentication method found for %1; found [%2], only one is allowed</source>
        <translation>se encontró más de un método de autenticación para %1; se encontraron [%2] y solo se permite uno</translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB</source>
        <translation>el fichero ocupa más de %1 KiB</translation>
    </message>
    <message>
        <source>yaml: line %1: %2</source>
        <translation>yaml: línea %1: %2</translation>
    </message>
    <message>
        <source>stat %1: no such file or directory</source>
        <translation>stat %1: no existe el fichero o el directorio</translation>
    </message>
    <message>
        <source>invalid configuration: no configuration has been provided (no kubeconfig file was found)</source>
        <translation>configuración no válida: no se ha proporcionado ninguna configuración (no se encontró ningún fichero kubeconfig)</translation>
    </message>
    <message>
        <source>current-context is not set in %1; choose a context (--context)</source>
        <translation>current-context no está definido en %1; elija un contexto (--context)</translation>
    </message>
    <message>
        <source>context "%1" names no cluster</source>
        <translation>el contexto «%1» no indica ningún clúster</translation>
    </message>
    <message>
        <source>cluster "%1" was not found for context "%2"</source>
        <translation>no se encontró el clúster «%1» para el contexto «%2»</translation>
    </message>
    <message>
        <source>user "%1" was not found for context "%2"</source>
        <translation>no se encontró el usuario «%1» para el contexto «%2»</translation>
    </message>
    <message>
        <source>unable to load root certificates of cluster "%1": unable to parse bytes as PEM block</source>
        <translation>no se pueden cargar los certificados raíz del clúster «%1»: no se pueden analizar los bytes como bloque PEM</translation>
    </message>
    <message>
        <source>tls: failed to find any PEM data in the client certificate of user "%1"</source>
        <translation>tls: no se encontraron datos PEM en el certificado de cliente del usuario «%1»</translation>
    </message>
    <message>
        <source>tls: failed to parse the private key of user "%1" (RSA, EC or DSA in PEM expected)</source>
        <translation>tls: no se pudo analizar la clave privada del usuario «%1» (se esperaba RSA, EC o DSA en PEM)</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>no es un objeto JSON (%1)</translation>
    </message>
    <message>
        <source>a watch event without an object</source>
        <translation>un evento de watch sin objeto</translation>
    </message>
    <message>
        <source>unknown watch event type "%1"</source>
        <translation>tipo de evento de watch desconocido «%1»</translation>
    </message>
</context>
<context>
    <name>Kube::ChannelDemux</name>
    <message>
        <source>an empty port-forward frame</source>
        <translation>una trama de reenvío de puertos vacía</translation>
    </message>
    <message>
        <source>a port-forward frame on unknown channel %1</source>
        <translation>una trama de reenvío de puertos en el canal desconocido %1</translation>
    </message>
    <message>
        <source>the first port-forward frame of channel %1 is too short</source>
        <translation>la primera trama de reenvío de puertos del canal %1 es demasiado corta</translation>
    </message>
    <message>
        <source>the port-forward stream is for port %1, not %2</source>
        <translation>el flujo de reenvío de puertos es para el puerto %1, no para el %2</translation>
    </message>
</context>
<context>
    <name>Kube::KubeClient</name>
    <message>
        <source>%1: no credentials: %2</source>
        <translation>%1: sin credenciales: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: connection refused by %2</source>
        <translation>%1: %2 rechazó la conexión</translation>
    </message>
    <message>
        <source>%1: DNS lookup failed for %2</source>
        <translation>%1: falló la resolución DNS de %2</translation>
    </message>
    <message>
        <source>%1: %2 closed the connection</source>
        <translation>%1: %2 cerró la conexión</translation>
    </message>
    <message>
        <source>%1: TLS handshake with %2 failed: %3</source>
        <translation>%1: falló la negociación TLS con %2: %3</translation>
    </message>
    <message>
        <source>%1: proxy %2 failed: %3</source>
        <translation>%1: falló el proxy %2: %3</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: the server did not answer with JSON (HTTP %2, %3): %4</source>
        <translation>%1: el servidor no respondió con JSON (HTTP %2, %3): %4</translation>
    </message>
    <message>
        <source>%1: %2 (%3, HTTP %4)</source>
        <translation>%1: %2 (%3, HTTP %4)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>%1: HTTP %2 with a body that is not a Kubernetes Status (%3): %4</source>
        <translation>%1: HTTP %2 con un cuerpo que no es un Status de Kubernetes (%3): %4</translation>
    </message>
    <message>
        <source>%1: no answer from %2 within %3 s</source>
        <translation>%1: sin respuesta de %2 en %3 s</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: cancelado</translation>
    </message>
    <message>
        <source>%1 "%2" can't restart paused deployment (run rollout resume first)</source>
        <translation>%1 "%2": no se puede reiniciar un deployment en pausa (ejecute antes rollout resume)</translation>
    </message>
    <message>
        <source>waiting for the rollout of %1 "%2" in namespace "%3": not complete in time (%4 of %5 replicas updated, %6 available)</source>
        <translation>esperando al rollout de %1 "%2" en el espacio de nombres "%3": no se completó a tiempo (%4 de %5 réplicas actualizadas, %6 disponibles)</translation>
    </message>
</context>
<context>
    <name>Kube::LogStream</name>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Kube::Operation</name>
    <message>
        <source> in namespace "%1"</source>
        <translation> en el espacio de nombres "%1"</translation>
    </message>
</context>
<context>
    <name>Kube::PortForwarder</name>
    <message>
        <source>port-forward to %1/%2 cannot go through the SOCKS5 proxy of the kubeconfig (kubectl has the same limit): use an HTTP(S) proxy-url or a direct route</source>
        <translation>el reenvío de puertos a %1/%2 no puede pasar por el proxy SOCKS5 del kubeconfig (kubectl tiene el mismo límite): use un proxy-url HTTP(S) o una ruta directa</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1 for the port-forward to %1/%2: %3</source>
        <translation>no se puede escuchar en 127.0.0.1 para el reenvío de puertos a %1/%2: %3</translation>
    </message>
    <message>
        <source>port-forward to %1/%2: the server did not accept the v4.channel.k8s.io protocol (got "%3")</source>
        <translation>reenvío de puertos a %1/%2: el servidor no aceptó el protocolo v4.channel.k8s.io (recibido «%3»)</translation>
    </message>
    <message>
        <source>tunnel lost to %1/%2 port %3: %4</source>
        <translation>se perdió el túnel a %1/%2, puerto %3: %4</translation>
    </message>
    <message>
        <source>port-forward to %1/%2 port %3 failed: %4</source>
        <translation>falló el reenvío de puertos a %1/%2, puerto %3: %4</translation>
    </message>
</context>
<context>
    <name>Kube::Watch</name>
    <message>
        <source>the watch stream went silent</source>
        <translation>el flujo de watch quedó en silencio</translation>
    </message>
    <message>
        <source>watch of %1: an event larger than 16 MiB</source>
        <translation>watch de %1: un evento de más de 16 MiB</translation>
    </message>
    <message>
        <source>watch of %1: %2: %3</source>
        <translation>watch de %1: %2: %3</translation>
    </message>
    <message>
        <source>the server forgot resource version %1 (410 Gone): listed again</source>
        <translation>el servidor olvidó la versión de recurso %1 (410 Gone): se ha vuelto a listar</translation>
    </message>
    <message>
        <source>watch of %1: %2</source>
        <translation>watch de %1: %2</translation>
    </message>
    <message>
        <source>the watch stream of %1 was dropped: %2</source>
        <translation>se cortó el flujo de watch de %1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>not in a cluster</source>
        <translation>fuera de un clúster</translation>
    </message>
    <message>
        <source>probing…</source>
        <translation>sondeando…</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>sin sondear</translation>
    </message>
    <message>
        <source>The scan was cancelled before this datastore was probed</source>
        <translation>El análisis se canceló antes de sondear este almacén de datos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Open Kubeconfig…</source>
        <translation>&amp;Abrir kubeconfig…</translation>
    </message>
    <message>
        <source>Read the contexts of another kubeconfig file</source>
        <translation>Leer los contextos de otro fichero kubeconfig</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Volver a analizar</translation>
    </message>
    <message>
        <source>Probe every datastore again (%1)</source>
        <translation>Volver a sondear todos los almacenes de datos (%1)</translation>
    </message>
    <message>
        <source>&amp;Cancel Scan</source>
        <translation>&amp;Cancelar análisis</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Filter Datastores</source>
        <translation>&amp;Filtrar almacenes de datos</translation>
    </message>
    <message>
        <source>Show &amp;Status Bar</source>
        <translation>Mostrar barra de &amp;estado</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Auditor Mode (Read-Only)</source>
        <translation>&amp;Modo auditor (solo lectura)</translation>
    </message>
    <message>
        <source>&amp;About Proofer</source>
        <translation>&amp;Acerca de Proofer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Contexto:</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>&amp;Espacio de nombres:</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>espacio de nombres</translation>
    </message>
    <message>
        <source>Open Kubeconfig…</source>
        <translation>Abrir kubeconfig…</translation>
    </message>
    <message>
        <source>Filter datastores by name, kind or state</source>
        <translation>Filtrar almacenes de datos por nombre, tipo o estado</translation>
    </message>
    <message>
        <source>Fleet Grade</source>
        <translation>Calificación de la flota</translation>
    </message>
    <message>
        <source>Auditor mode</source>
        <translation>Modo auditor</translation>
    </message>
    <message>
        <source>Read-only: secrets are never shown and operations are disabled</source>
        <translation>Solo lectura: los secretos nunca se muestran y las operaciones están desactivadas</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Any findings</source>
        <translation>Todos los hallazgos</translation>
    </message>
    <message>
        <source>Critical findings</source>
        <translation>Hallazgos críticos</translation>
    </message>
    <message>
        <source>High or worse</source>
        <translation>Altos o más graves</translation>
    </message>
    <message>
        <source>Medium or worse</source>
        <translation>Medios o más graves</translation>
    </message>
    <message>
        <source>Low or worse</source>
        <translation>Bajos o más graves</translation>
    </message>
    <message>
        <source>No kubeconfig found</source>
        <translation>No se encontró ningún kubeconfig</translation>
    </message>
    <message>
        <source>Looking for datastores…</source>
        <translation>Buscando almacenes de datos…</translation>
    </message>
    <message>
        <source>Reading namespace %1.</source>
        <translation>Leyendo el espacio de nombres %1.</translation>
    </message>
    <message>
        <source>No datastores in namespace %1</source>
        <translation>No hay almacenes de datos en el espacio de nombres %1</translation>
    </message>
    <message>
        <source>Proofer found no PostgreSQL, Redis or RabbitMQ here: no workload labelled &lt;tt&gt;app.kubernetes.io/component=database&lt;/tt&gt; and none running those images.</source>
        <translation>Proofer no encontró aquí ningún PostgreSQL, Redis ni RabbitMQ: ninguna carga de trabajo tiene la etiqueta &lt;tt&gt;app.kubernetes.io/component=database&lt;/tt&gt; ni ejecuta esas imágenes.</translation>
    </message>
    <message>
        <source>No datastores to show</source>
        <translation>No hay almacenes de datos que mostrar</translation>
    </message>
    <message>
        <source>Proofer lists every PostgreSQL, Redis and RabbitMQ of a namespace here, with its TLS, certificate, storage, authentication and audit posture.</source>
        <translation>Proofer muestra aquí cada PostgreSQL, Redis y RabbitMQ de un espacio de nombres, con su TLS, certificado, almacenamiento, autenticación y auditoría.</translation>
    </message>
    <message numerus="yes">
        <source>%n datastore(s)</source>
        <translation>
            <numerusform>%n almacén de datos</numerusform>
            <numerusform>%n almacenes de datos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Connected: %1 · %2</source>
        <translation>Conectado: %1 · %2</translation>
    </message>
    <message>
        <source>Targets file</source>
        <translation>Fichero de destinos</translation>
    </message>
    <message>
        <source>Scan failed</source>
        <translation>Falló el análisis</translation>
    </message>
    <message>
        <source>Cannot reach %1</source>
        <translation>No se puede alcanzar %1</translation>
    </message>
    <message>
        <source>Proofer</source>
        <translation>Proofer</translation>
    </message>
    <message>
        <source>%1 (%2) — Proofer</source>
        <translation>%1 (%2) — Proofer</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>error: no context is defined in %1</source>
        <translation>error: no hay ningún contexto definido en %1</translation>
    </message>
    <message>
        <source>%1
from %2</source>
        <translation>%1
de %2</translation>
    </message>
    <message>
        <source>Open Kubeconfig</source>
        <translation>Abrir kubeconfig</translation>
    </message>
    <message>
        <source>Kubeconfig files (*config* *.yaml *.yml *.json)</source>
        <translation>Ficheros kubeconfig (*config* *.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los ficheros (*)</translation>
    </message>
    <message>
        <source>Demo fleet ready</source>
        <translation>Flota de demostración lista</translation>
    </message>
    <message>
        <source>Demo fleet stopped</source>
        <translation>Flota de demostración detenida</translation>
    </message>
    <message>
        <source>Start the &amp;Demo Fleet</source>
        <translation>Iniciar la flota de &amp;demostración</translation>
    </message>
    <message>
        <source>Run real PostgreSQL and Redis servers behind an emulated Kubernetes API on this computer</source>
        <translation>Ejecuta servidores PostgreSQL y Redis reales detrás de una API de Kubernetes emulada en este equipo</translation>
    </message>
    <message>
        <source>S&amp;top the Demo Fleet</source>
        <translation>De&amp;tener la flota de demostración</translation>
    </message>
    <message>
        <source>Start the Demo Fleet</source>
        <translation>Iniciar la flota de demostración</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Proofer reads your clusters from &lt;tt&gt;$KUBECONFIG&lt;/tt&gt; or &lt;tt&gt;~/.kube/config&lt;/tt&gt;, and neither exists.&lt;br&gt;Open one with &lt;b&gt;File ▸ Open Kubeconfig…&lt;/b&gt; or start the demo fleet — real PostgreSQL and Redis behind an emulated Kubernetes API, on this computer — with the button below or, in a terminal, &lt;tt&gt;proofer demo&lt;/tt&gt;.</source>
        <translation>Proofer lee sus clústeres de &lt;tt&gt;$KUBECONFIG&lt;/tt&gt; o de &lt;tt&gt;~/.kube/config&lt;/tt&gt;, y no existe ninguno.&lt;br&gt;Abra uno con &lt;b&gt;Archivo ▸ Abrir kubeconfig…&lt;/b&gt; o inicie la flota de demostración —PostgreSQL y Redis reales detrás de una API de Kubernetes emulada, en este equipo— con el botón de abajo o, en un terminal, con &lt;tt&gt;proofer demo&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Starting the demo fleet…</source>
        <translation>Iniciando la flota de demostración…</translation>
    </message>
    <message>
        <source>Stopping the demo fleet…</source>
        <translation>Deteniendo la flota de demostración…</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>RSA key size %1 is out of range (1024 to 8192 bits)</source>
        <translation>el tamaño de clave RSA %1 está fuera de rango (de 1024 a 8192 bits)</translation>
    </message>
    <message>
        <source>key generation failed: %1</source>
        <translation>falló la generación de la clave: %1</translation>
    </message>
    <message>
        <source>could not encode the key: %1</source>
        <translation>no se pudo codificar la clave: %1</translation>
    </message>
    <message>
        <source>the subject key is not a valid private key</source>
        <translation>la clave del sujeto no es una clave privada válida</translation>
    </message>
    <message>
        <source>the issuer key is not a valid private key</source>
        <translation>la clave del emisor no es una clave privada válida</translation>
    </message>
    <message>
        <source>the issuer certificate is not valid PEM</source>
        <translation>el certificado del emisor no es PEM válido</translation>
    </message>
    <message>
        <source>the issuer key does not match the issuer certificate</source>
        <translation>la clave del emisor no coincide con el certificado del emisor</translation>
    </message>
    <message>
        <source>unknown digest "%1"</source>
        <translation>algoritmo de resumen «%1» desconocido</translation>
    </message>
    <message>
        <source>could not set the serial number</source>
        <translation>no se pudo establecer el número de serie</translation>
    </message>
    <message>
        <source>invalid validity period</source>
        <translation>periodo de validez no válido</translation>
    </message>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>«%1» no es una dirección IP</translation>
    </message>
    <message>
        <source>could not add the certificate extensions: %1</source>
        <translation>no se pudieron añadir las extensiones del certificado: %1</translation>
    </message>
    <message>
        <source>signing failed (digest %1): %2</source>
        <translation>falló la firma (resumen %1): %2</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>%1 is renamed or disabled on this server (%2)</source>
        <translation>%1 está renombrado o desactivado en este servidor (%2)</translation>
    </message>
    <message>
        <source>%1 is not allowed for user "%2" (%3)</source>
        <translation>%1 no está permitido para el usuario «%2» (%3)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>Out of memory while reading certificates</source>
        <translation>Memoria agotada al leer los certificados</translation>
    </message>
    <message>
        <source>No PEM certificate found</source>
        <translation>No se encontró ningún certificado PEM</translation>
    </message>
    <message>
        <source>Broken PEM certificate: %1</source>
        <translation>Certificado PEM dañado: %1</translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation>la negociación TLS</translation>
    </message>
    <message>
        <source>the server closed the connection during the handshake</source>
        <translation>el servidor cerró la conexión durante la negociación</translation>
    </message>
    <message>
        <source>The CA certificates given for verification hold no PEM certificate</source>
        <translation>Los certificados de CA indicados para la verificación no contienen ningún certificado PEM</translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation>el servidor no envió ningún certificado</translation>
    </message>
    <message>
        <source>the local OpenSSL was built without %1</source>
        <translation>el OpenSSL local se compiló sin %1</translation>
    </message>
    <message>
        <source>the local OpenSSL has no cipher for %1: %2</source>
        <translation>el OpenSSL local no tiene ningún cifrado para %1: %2</translation>
    </message>
    <message>
        <source>the local OpenSSL offers no cipher for %1, even at security level 0</source>
        <translation>el OpenSSL local no ofrece ningún cifrado para %1, ni siquiera con el nivel de seguridad 0</translation>
    </message>
    <message>
        <source>the server negotiated %1 instead</source>
        <translation>el servidor negoció %1 en su lugar</translation>
    </message>
    <message>
        <source>the answer to PING</source>
        <translation>la respuesta a PING</translation>
    </message>
    <message>
        <source>the answer to the AMQP protocol header</source>
        <translation>la respuesta a la cabecera del protocolo AMQP</translation>
    </message>
    <message>
        <source>PING</source>
        <translation>PING</translation>
    </message>
    <message>
        <source>the AMQP protocol header</source>
        <translation>la cabecera del protocolo AMQP</translation>
    </message>
    <message>
        <source>%1 answered plaintext: %2</source>
        <translation>%1 respondió al texto claro: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection on plaintext</source>
        <translation>%1 cerró la conexión ante el texto claro</translation>
    </message>
    <message>
        <source>%1 answered plaintext with a TLS alert</source>
        <translation>%1 respondió al texto claro con una alerta TLS</translation>
    </message>
    <message>
        <source>%1 answered plaintext with something else: %2</source>
        <translation>%1 respondió al texto claro con otra cosa: %2</translation>
    </message>
    <message>
        <source>No host or port to inspect (%1)</source>
        <translation>No hay host ni puerto que inspeccionar (%1)</translation>
    </message>
    <message>
        <source>the port speaks plaintext, not TLS</source>
        <translation>el puerto habla texto claro, no TLS</translation>
    </message>
    <message>
        <source>The SSLRequest answer cannot tell; the PostgreSQL probe tries sslmode=disable</source>
        <translation>La respuesta a SSLRequest no permite saberlo; la sonda de PostgreSQL prueba sslmode=disable</translation>
    </message>
    <message>
        <source>No plaintext check without a protocol to speak</source>
        <translation>No hay comprobación de texto claro sin un protocolo que hablar</translation>
    </message>
    <message>
        <source>No TLS session with a default client: %1</source>
        <translation>No hay sesión TLS con un cliente predeterminado: %1</translation>
    </message>
</context>
<context>
    <name>Probe::Attempt</name>
    <message>
        <source>the answer to SSLRequest</source>
        <translation>la respuesta a SSLRequest</translation>
    </message>
    <message>
        <source>SSLRequest</source>
        <translation>SSLRequest</translation>
    </message>
    <message>
        <source>%1 closed the connection after SSLRequest</source>
        <translation>%1 cerró la conexión tras SSLRequest</translation>
    </message>
    <message>
        <source>%1 answered 'N' to SSLRequest: TLS is off</source>
        <translation>%1 respondió 'N' a SSLRequest: TLS está desactivado</translation>
    </message>
    <message>
        <source>%1 answered SSLRequest with 0x%2, not 'S' or 'N': not a PostgreSQL server?</source>
        <translation>%1 respondió a SSLRequest con 0x%2, no con 'S' ni 'N': ¿no es un servidor PostgreSQL?</translation>
    </message>
</context>
<context>
    <name>Probe::Connection</name>
    <message>
        <source>Timed out after %1 ms waiting for %2 from %3</source>
        <translation>Tiempo de espera agotado tras %1 ms esperando %2 de %3</translation>
    </message>
    <message>
        <source>Could not resolve %1: %2</source>
        <translation>No se pudo resolver %1: %2</translation>
    </message>
    <message>
        <source>Could not send %1 to %2: %3</source>
        <translation>No se pudo enviar %1 a %2: %3</translation>
    </message>
    <message>
        <source>Could not read %1 from %2: %3</source>
        <translation>No se pudo leer %1 de %2: %3</translation>
    </message>
    <message>
        <source>Could not open a socket for %1: %2</source>
        <translation>No se pudo abrir un socket para %1: %2</translation>
    </message>
    <message>
        <source>Timed out after %1 ms connecting to %2</source>
        <translation>Tiempo de espera agotado tras %1 ms al conectar con %2</translation>
    </message>
    <message>
        <source>Connection to %1 refused</source>
        <translation>Conexión con %1 rechazada</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>No se pudo conectar con %1: %2</translation>
    </message>
</context>
<context>
    <name>Probe::RedisProbe</name>
    <message>
        <source>the CA bundle holds no PEM certificate</source>
        <translation>el paquete de CA no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <source>the client certificate or its private key is not readable PEM</source>
        <translation>el certificado de cliente o su clave privada no es PEM legible</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>conexión</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTENTICACIÓN</translation>
    </message>
    <message>
        <source>command</source>
        <translation>comando</translation>
    </message>
    <message>
        <source>protocol error: a reply nobody asked for: %1</source>
        <translation>error de protocolo: una respuesta que nadie pidió: %1</translation>
    </message>
    <message>
        <source>protocol error: %1</source>
        <translation>error de protocolo: %1</translation>
    </message>
    <message>
        <source>the server requires AUTH and no password was given (%1)</source>
        <translation>el servidor exige AUTH y no se indicó ninguna contraseña (%1)</translation>
    </message>
    <message>
        <source>PING was refused: %1</source>
        <translation>se rechazó PING: %1</translation>
    </message>
    <message>
        <source>authentication failed: %1</source>
        <translation>falló la autenticación: %1</translation>
    </message>
    <message>
        <source>Redis %1: PING after AUTH answered %2</source>
        <translation>Redis %1: PING tras AUTH respondió %2</translation>
    </message>
    <message>
        <source>INFO answered %1</source>
        <translation>INFO respondió %1</translation>
    </message>
    <message>
        <source>CONFIG GET answered %1</source>
        <translation>CONFIG GET respondió %1</translation>
    </message>
    <message>
        <source>this server has no setting "%1" (CONFIG GET returned nothing)</source>
        <translation>este servidor no tiene el ajuste «%1» (CONFIG GET no devolvió nada)</translation>
    </message>
    <message>
        <source>ACL LIST answered %1</source>
        <translation>ACL LIST respondió %1</translation>
    </message>
    <message>
        <source>certificate verification failed: %1</source>
        <translation>falló la verificación del certificado: %1</translation>
    </message>
    <message>
        <source> (the server may demand a client certificate: tls-auth-clients)</source>
        <translation> (puede que el servidor exija un certificado de cliente: tls-auth-clients)</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>el servidor cerró la conexión</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>tiempo de espera agotado tras %1 ms</translation>
    </message>
    <message>
        <source>Redis %1: %2: %3</source>
        <translation>Redis %1: %2: %3</translation>
    </message>
</context>
<context>
    <name>Probe::RespCodec</name>
    <message>
        <source>invalid number "%1" in a RESP header ending at offset %2</source>
        <translation>número «%1» no válido en una cabecera RESP que termina en el desplazamiento %2</translation>
    </message>
    <message>
        <source>negative bulk string length %1 at offset %2</source>
        <translation>longitud negativa de cadena bulk %1 en el desplazamiento %2</translation>
    </message>
    <message>
        <source>bulk string of %1 bytes exceeds the cap of %2 bytes (offset %3)</source>
        <translation>una cadena bulk de %1 bytes supera el límite de %2 bytes (desplazamiento %3)</translation>
    </message>
    <message>
        <source>negative array length %1 at offset %2</source>
        <translation>longitud negativa de array %1 en el desplazamiento %2</translation>
    </message>
    <message>
        <source>array of %1 elements exceeds the cap of %2 elements (offset %3)</source>
        <translation>un array de %1 elementos supera el límite de %2 elementos (desplazamiento %3)</translation>
    </message>
    <message>
        <source>one reply announces more than %1 array elements in all (offset %2)</source>
        <translation>una respuesta anuncia más de %1 elementos de array en total (desplazamiento %2)</translation>
    </message>
    <message>
        <source>arrays nested deeper than %1 levels (offset %2)</source>
        <translation>arrays anidados a más de %1 niveles (desplazamiento %2)</translation>
    </message>
    <message>
        <source>unexpected RESP type byte %1 at offset %2 (expected one of + - : $ *)</source>
        <translation>byte de tipo RESP %1 inesperado en el desplazamiento %2 (se esperaba uno de + - : $ *)</translation>
    </message>
    <message>
        <source>carriage return without line feed at offset %1</source>
        <translation>retorno de carro sin salto de línea en el desplazamiento %1</translation>
    </message>
    <message>
        <source>line feed without carriage return at offset %1</source>
        <translation>salto de línea sin retorno de carro en el desplazamiento %1</translation>
    </message>
    <message>
        <source>status or error line longer than %1 bytes (offset %2)</source>
        <translation>línea de estado o de error de más de %1 bytes (desplazamiento %2)</translation>
    </message>
    <message>
        <source>unexpected byte %1 in a RESP number at offset %2</source>
        <translation>byte %1 inesperado en un número RESP en el desplazamiento %2</translation>
    </message>
    <message>
        <source>RESP number longer than 20 characters at offset %1</source>
        <translation>número RESP de más de 20 caracteres en el desplazamiento %1</translation>
    </message>
    <message>
        <source>bulk string not followed by CRLF at offset %1</source>
        <translation>cadena bulk no seguida de CRLF en el desplazamiento %1</translation>
    </message>
    <message>
        <source>reply larger than the cap of %1 bytes (offset %2)</source>
        <translation>respuesta mayor que el límite de %1 bytes (desplazamiento %2)</translation>
    </message>
    <message>
        <source>RESP reader: %1</source>
        <translation>lector RESP: %1</translation>
    </message>
    <message>
        <source>RESP reader: a complete reply was not returned</source>
        <translation>lector RESP: no se devolvió una respuesta completa</translation>
    </message>
</context>
</TS>