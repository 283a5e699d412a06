<?xml version="1.0" encoding="utf-8"?>
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
    <name>AcceptRiskDialog</name>
    <message>
        <source>Accept Risk</source>
        <translation>Aceptar el riesgo</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt; on %3&lt;br&gt;An accepted finding stays shown, marked accepted with this justification, and costs no points until it expires; then it is open again.</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt; en %3&lt;br&gt;Un hallazgo aceptado se sigue mostrando, marcado como aceptado con esta justificación, y no resta puntos hasta que caduca; entonces vuelve a estar abierto.</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regla:</translation>
    </message>
    <message>
        <source>A glob: * and ? match any text and any one character, [abc] one of those; e.g. redis* covers every datastore whose name starts with redis</source>
        <translation>Un patrón: * y ? coinciden con cualquier texto y con un carácter cualquiera, [abc] con uno de ellos; p. ej. redis* cubre todo almacén de datos cuyo nombre empieza por redis</translation>
    </message>
    <message>
        <source>Datastores:</source>
        <translation>Almacenes de datos:</translation>
    </message>
    <message>
        <source>Why this risk is accepted, and what reduces it meanwhile</source>
        <translation>Por qué se acepta este riesgo y qué lo reduce mientras tanto</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>Justificación:</translation>
    </message>
    <message>
        <source>Name and role, e.g. Jane Doe (CISO)</source>
        <translation>Nombre y cargo, p. ej. Ana Pérez (CISO)</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Aprobado por:</translation>
    </message>
    <message>
        <source>Accepted through this day (UTC); from the next day the finding is open again</source>
        <translation>Aceptado hasta este día inclusive (UTC); desde el día siguiente el hallazgo vuelve a estar abierto</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Caduca:</translation>
    </message>
    <message>
        <source>The acceptance is added to this file&apos;s acceptedRisks; the rest of the file is kept as it is</source>
        <translation>La aceptación se añade a acceptedRisks de este archivo; el resto del archivo se conserva tal cual</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Policy file:</source>
        <translation>Archivo de política:</translation>
    </message>
    <message>
        <source>Name the datastores it covers (a glob).</source>
        <translation>Indique los almacenes de datos que cubre (un patrón).</translation>
    </message>
    <message>
        <source>A justification is required.</source>
        <translation>Se necesita una justificación.</translation>
    </message>
    <message>
        <source>Say who approved it.</source>
        <translation>Indique quién lo aprobó.</translation>
    </message>
    <message>
        <source>The expiry must be after today (UTC).</source>
        <translation>La caducidad debe ser posterior a hoy (UTC).</translation>
    </message>
    <message>
        <source>Choose the policy file to write it to.</source>
        <translation>Elija el archivo de política donde escribirla.</translation>
    </message>
    <message>
        <source>Policy File</source>
        <translation>Archivo de política</translation>
    </message>
    <message>
        <source>Policy files (*.yaml *.yml)</source>
        <translation>Archivos de política (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los ficheros (*)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
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
        <source>ALTER SYSTEM SET log_line_prefix = &apos;%m [%p] %q%u@%d %r &apos;; SELECT pg_reload_conf();</source>
        <translation>ALTER SYSTEM SET log_line_prefix = &apos;%m [%p] %q%u@%d %r &apos;; SELECT pg_reload_conf();</translation>
    </message>
    <message>
        <source>log_statement writes secrets and personal data to the server log</source>
        <translation>log_statement escribe secretos y datos personales en el registro del servidor</translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET log_statement = &apos;ddl&apos;; SELECT pg_reload_conf(); (&apos;ddl&apos; still logs ALTER ROLE: set passwords as SCRAM verifiers, never in clear)</source>
        <translation>ALTER SYSTEM SET log_statement = &apos;ddl&apos;; SELECT pg_reload_conf(); (&apos;ddl&apos; sigue registrando ALTER ROLE: establezca las contraseñas como verificadores SCRAM, nunca en claro)</translation>
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
        <source>ALTER SYSTEM SET log_statement = &apos;ddl&apos;; SELECT pg_reload_conf();</source>
        <translation>ALTER SYSTEM SET log_statement = &apos;ddl&apos;; SELECT pg_reload_conf();</translation>
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
        <source>ACL user &quot;default&quot; is on with nopass</source>
        <translation>El usuario de ACL «default» está activo con nopass</translation>
    </message>
    <message>
        <source>ACL user &quot;default&quot; requires a password</source>
        <translation>El usuario de ACL «default» requiere contraseña</translation>
    </message>
    <message>
        <source>Per-application ACL users: %1</source>
        <translation>Usuarios de ACL por aplicación: %1</translation>
    </message>
    <message>
        <source>Every application shares the default user&apos;s password</source>
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
        <source>ALTER SYSTEM SET password_encryption = &apos;scram-sha-256&apos;; then set each listed role&apos;s password again (\password &lt;role&gt;) and change md5 to scram-sha-256 in pg_hba.conf</source>
        <translation>ALTER SYSTEM SET password_encryption = &apos;scram-sha-256&apos;; después, vuelva a establecer la contraseña de cada rol indicado (\password &lt;role&gt;) y cambie md5 por scram-sha-256 en pg_hba.conf</translation>
    </message>
    <message>
        <source>password_encryption is not scram-sha-256</source>
        <translation>password_encryption no es scram-sha-256</translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET password_encryption = &apos;scram-sha-256&apos;; SELECT pg_reload_conf();</source>
        <translation>ALTER SYSTEM SET password_encryption = &apos;scram-sha-256&apos;; SELECT pg_reload_conf();</translation>
    </message>
    <message>
        <source>Redis accepts commands without authentication</source>
        <translation>Redis acepta comandos sin autenticación</translation>
    </message>
    <message>
        <source>The Redis default user has no password</source>
        <translation>El usuario predeterminado (default) de Redis no tiene contraseña</translation>
    </message>
    <message>
        <source>tls-auth-clients no and no per-application ACL users</source>
        <translation>tls-auth-clients no y sin usuarios de ACL por aplicación</translation>
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
        <source>%1 is not among the certificate&apos;s names (%2)</source>
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
        <source>The TLS secret&apos;s certificate differs from the one served: a renewal was not rolled out, or the server reads another file</source>
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
        <source>openssl req -new -newkey rsa:4096 -sha256 -nodes -keyout server-key.pem -out server.csr -subj &quot;/CN=&lt;service&gt;&quot; &amp;&amp; openssl x509 -req -in server.csr -CA ca-cert.pem -CAkey ca-key.pem -CAcreateserial -days 1095 -sha256 -extfile &lt;(printf &apos;subjectAltName=DNS:&lt;service&gt;,DNS:&lt;service&gt;.&lt;namespace&gt;.svc.cluster.local&apos;) -out server-cert.pem (or Proofer&apos;s certificate renewal)</source>
        <translation>openssl req -new -newkey rsa:4096 -sha256 -nodes -keyout server-key.pem -out server.csr -subj &quot;/CN=&lt;service&gt;&quot; &amp;&amp; openssl x509 -req -in server.csr -CA ca-cert.pem -CAkey ca-key.pem -CAcreateserial -days 1095 -sha256 -extfile &lt;(printf &apos;subjectAltName=DNS:&lt;service&gt;,DNS:&lt;service&gt;.&lt;namespace&gt;.svc.cluster.local&apos;) -out server-cert.pem (o la renovación de certificados de Proofer)</translation>
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
        <source>openssl req -x509 -new -newkey rsa:4096 -sha256 -nodes -days 3650 -keyout ca-key.pem -out ca-cert.pem -subj &quot;/CN=&lt;namespace&gt; CA&quot;, then reissue every server certificate and distribute ca-cert.pem</source>
        <translation>openssl req -x509 -new -newkey rsa:4096 -sha256 -nodes -days 3650 -keyout ca-key.pem -out ca-cert.pem -subj &quot;/CN=&lt;namespace&gt; CA&quot;; después, vuelva a emitir todos los certificados de servidor y distribuya ca-cert.pem</translation>
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
        <source>The TLS secret&apos;s certificate differs from the one served</source>
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
        <source>pg_dump &lt;db&gt; | gzip | gpg --encrypt --recipient &lt;backup key&gt; &gt; &lt;db&gt;_&lt;name&gt;_$(date -u +%Y%m%dT%H%M%SZ).sql.gz.gpg (or Proofer&apos;s backup)</source>
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
        <source>openssl rand -base64 48 | tr -d &apos;/+=\n&apos; | cut -c1-32, stored in the datastore&apos;s Secret and set with \password &lt;role&gt; (or Proofer&apos;s password rotation, which sends only the SCRAM verifier)</source>
        <translation>openssl rand -base64 48 | tr -d &apos;/+=\n&apos; | cut -c1-32, guardada en el Secret del almacén de datos y establecida con \password &lt;role&gt; (o la rotación de contraseñas de Proofer, que solo envía el verificador SCRAM)</translation>
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
        <source>The probe&apos;s plaintext session was accepted</source>
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
        <source>Negotiated cipher: %1</source>
        <translation>Cifrado negociado: %1</translation>
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
        <source>Serve TLS with the certificate from the datastore&apos;s TLS secret.</source>
        <translation>Sirva TLS con el certificado del Secret TLS del almacén de datos.</translation>
    </message>
    <message>
        <source>postgresql.conf: ssl = on, ssl_cert_file = &apos;/tls/server-cert.pem&apos;, ssl_key_file = &apos;/tls/server-key.pem&apos;, ssl_ca_file = &apos;/tls/ca-cert.pem&apos;, ssl_min_protocol_version = &apos;TLSv1.2&apos;</source>
        <translation>postgresql.conf: ssl = on, ssl_cert_file = &apos;/tls/server-cert.pem&apos;, ssl_key_file = &apos;/tls/server-key.pem&apos;, ssl_ca_file = &apos;/tls/ca-cert.pem&apos;, ssl_min_protocol_version = &apos;TLSv1.2&apos;</translation>
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
        <source>ALTER SYSTEM SET ssl_min_protocol_version = &apos;TLSv1.2&apos;;</source>
        <translation>ALTER SYSTEM SET ssl_min_protocol_version = &apos;TLSv1.2&apos;;</translation>
    </message>
    <message>
        <source>redis.conf: tls-protocols &quot;TLSv1.2 TLSv1.3&quot;</source>
        <translation>redis.conf: tls-protocols &quot;TLSv1.2 TLSv1.3&quot;</translation>
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
        <source>ALTER SYSTEM SET ssl_ciphers = &apos;HIGH:!aNULL:!eNULL:!MD5:!3DES:!RC4&apos;;</source>
        <translation>ALTER SYSTEM SET ssl_ciphers = &apos;HIGH:!aNULL:!eNULL:!MD5:!3DES:!RC4&apos;;</translation>
    </message>
    <message>
        <source>redis.conf: tls-ciphers &quot;HIGH:!aNULL:!eNULL:!MD5:!3DES:!RC4&quot;</source>
        <translation>redis.conf: tls-ciphers &quot;HIGH:!aNULL:!eNULL:!MD5:!3DES:!RC4&quot;</translation>
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
        <source>Verify the server: libpq sslmode=verify-full sslrootcert=/tls/ca-cert.pem; asyncpg ssl=ssl.create_default_context(cafile=&apos;/tls/ca-cert.pem&apos;); redis-py ssl_cert_reqs=required ssl_ca_certs=/tls/ca-cert.pem</source>
        <translation>Verifique el servidor: libpq sslmode=verify-full sslrootcert=/tls/ca-cert.pem; asyncpg ssl=ssl.create_default_context(cafile=&apos;/tls/ca-cert.pem&apos;); redis-py ssl_cert_reqs=required ssl_ca_certs=/tls/ca-cert.pem</translation>
    </message>
    <message>
        <source>DATABASE_URL: …?sslmode=verify-full&amp;sslrootcert=/tls/ca-cert.pem (asyncpg: ssl=ssl.create_default_context(cafile=&apos;/tls/ca-cert.pem&apos;))</source>
        <translation>DATABASE_URL: …?sslmode=verify-full&amp;sslrootcert=/tls/ca-cert.pem (asyncpg: ssl=ssl.create_default_context(cafile=&apos;/tls/ca-cert.pem&apos;))</translation>
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
    <message>
        <source>The management API accepts guest with the default password guest</source>
        <translation>La API de gestión acepta a guest con la contraseña por defecto guest</translation>
    </message>
    <message>
        <source>The guest user exists (refused here only because it may log in from localhost alone)</source>
        <translation>El usuario guest existe (aquí se rechaza solo porque únicamente puede entrar desde localhost)</translation>
    </message>
    <message>
        <source>guest:guest is refused by the management API</source>
        <translation>La API de gestión rechaza guest:guest</translation>
    </message>
    <message>
        <source>The RabbitMQ guest user is present</source>
        <translation>El usuario guest de RabbitMQ está presente</translation>
    </message>
    <message>
        <source>rabbitmqctl delete_user guest (after creating the application&apos;s own user), or rabbitmq.conf: default_user = &lt;app user&gt;, default_pass = &lt;from the secret&gt;</source>
        <translation>rabbitmqctl delete_user guest (después de crear el usuario propio de la aplicación), o rabbitmq.conf: default_user = &lt;usuario de la aplicación&gt;, default_pass = &lt;del secret&gt;</translation>
    </message>
    <message>
        <source>The probe&apos;s own login over TLS was not authenticated with SCRAM-SHA-256: %1</source>
        <translation>El propio inicio de sesión de la sonda por TLS no se autenticó con SCRAM-SHA-256: %1</translation>
    </message>
    <message>
        <source>No rule of this control observes %1 datastores</source>
        <translation>Ninguna regla de este control observa almacenes de datos %1</translation>
    </message>
    <message>
        <source>not reached: %1</source>
        <translation>no alcanzado: %1</translation>
    </message>
    <message>
        <source>no check could be assessed</source>
        <translation>no se pudo evaluar ninguna comprobación</translation>
    </message>
    <message>
        <source>%1 of %2 datastores not assessed</source>
        <translation>%1 de %2 almacenes de datos sin evaluar</translation>
    </message>
    <message>
        <source>no datastore to grade</source>
        <translation>ningún almacén de datos que calificar</translation>
    </message>
    <message>
        <source>no datastore could be assessed (%1)</source>
        <translation>no se pudo evaluar ningún almacén de datos (%1)</translation>
    </message>
    <message>
        <source>Anyone with a shell in the pod logs in as any role without a password: %1</source>
        <translation>Cualquiera con una shell en el pod inicia sesión como cualquier rol sin contraseña: %1</translation>
    </message>
    <message>
        <source>No local or loopback pg_hba.conf line uses trust</source>
        <translation>Ninguna línea local ni de loopback de pg_hba.conf usa trust</translation>
    </message>
    <message>
        <source>pg_hba.conf trusts local and loopback connections (initdb&apos;s default)</source>
        <translation>pg_hba.conf usa trust para las conexiones locales y de loopback (el valor por omisión de initdb)</translation>
    </message>
    <message>
        <source>Mount a pg_hba.conf whose `local` and loopback lines use scram-sha-256 (or peer for `local`) instead of trust, then SELECT pg_reload_conf();</source>
        <translation>Monte un pg_hba.conf cuyas líneas `local` y de loopback usen scram-sha-256 (o peer para `local`) en lugar de trust y, después, ejecute SELECT pg_reload_conf();</translation>
    </message>
    <message>
        <source>Set the password in a file mounted from the Redis secret, never on a command line (ps and the pod spec show arguments): redis.conf include /etc/redis/secret/auth.conf holding requirepass &lt;password&gt;, or aclfile /etc/redis/secret/users.acl holding user default on #&lt;SHA-256 of the password&gt; ~* &amp;* +@all</source>
        <translation>Establezca la contraseña en un fichero montado desde el Secret de Redis, nunca en una línea de comandos (ps y la especificación del pod muestran los argumentos): redis.conf include /etc/redis/secret/auth.conf con requirepass &lt;password&gt;, o aclfile /etc/redis/secret/users.acl con user default on #&lt;SHA-256 de la contraseña&gt; ~* &amp;* +@all</translation>
    </message>
    <message>
        <source>redis-cli ACL SETUSER default on &quot;#$(printf %s &quot;$REDIS_PASSWORD&quot; | sha256sum | cut -d&apos; &apos; -f1)&quot; &amp;&amp; redis-cli ACL SAVE (the password&apos;s SHA-256 on the command line, never the password; or the secret-mounted file of REDIS-AUTH-001)</source>
        <translation>redis-cli ACL SETUSER default on &quot;#$(printf %s &quot;$REDIS_PASSWORD&quot; | sha256sum | cut -d&apos; &apos; -f1)&quot; &amp;&amp; redis-cli ACL SAVE (el SHA-256 de la contraseña en la línea de comandos, nunca la contraseña; o el fichero montado desde el Secret de REDIS-AUTH-001)</translation>
    </message>
    <message>
        <source>redis-cli ACL SETUSER &lt;app&gt; on &apos;#&lt;SHA-256 of the app password&gt;&apos; &apos;~&lt;app&gt;:*&apos; &apos;+@all&apos; &apos;-@dangerous&apos; (one user per service; the hash, never the password, on the command line), or tls-auth-clients yes</source>
        <translation>redis-cli ACL SETUSER &lt;app&gt; on &apos;#&lt;SHA-256 de la contraseña de la app&gt;&apos; &apos;~&lt;app&gt;:*&apos; &apos;+@all&apos; &apos;-@dangerous&apos; (un usuario por servicio; el hash, nunca la contraseña, en la línea de comandos), o tls-auth-clients yes</translation>
    </message>
    <message>
        <source>A connection with sslmode=disable was accepted: a `host` (or `hostnossl`) line of pg_hba.conf matches it — without a mounted pg_hba.conf the official postgres image appends `host all all all scram-sha-256`, which accepts plaintext even with ssl = on (the rules themselves could not be read)</source>
        <translation>Se aceptó una conexión con sslmode=disable: le corresponde una línea `host` (o `hostnossl`) de pg_hba.conf — sin un pg_hba.conf montado, la imagen oficial de postgres añade `host all all all scram-sha-256`, que acepta texto en claro incluso con ssl = on (no se pudieron leer las propias reglas)</translation>
    </message>
    <message>
        <source>%1 connects with %2 (%3): the server is not authenticated</source>
        <translation>%1 se conecta con %2 (%3): el servidor no está autenticado</translation>
    </message>
    <message>
        <source>no client connection settings found in env, ConfigMaps or Secrets of the workloads that use it</source>
        <translation>no se encontró ninguna configuración de conexión de cliente en env, ConfigMaps ni Secrets de las cargas de trabajo que lo usan</translation>
    </message>
    <message>
        <source>%1 verifies the server: %2 (%3)</source>
        <translation>%1 verifica el servidor: %2 (%3)</translation>
    </message>
    <message>
        <source>Mount a pg_hba.conf with `hostssl` lines only (no `host` line): `hostssl all all 0.0.0.0/0 scram-sha-256` — without one the official image&apos;s `host all all all scram-sha-256` accepts plaintext — then SELECT pg_reload_conf();</source>
        <translation>Monte un pg_hba.conf solo con líneas `hostssl` (ninguna línea `host`): `hostssl all all 0.0.0.0/0 scram-sha-256` — sin él, la línea `host all all all scram-sha-256` de la imagen oficial acepta texto en claro — y, después, ejecute SELECT pg_reload_conf();</translation>
    </message>
    <message>
        <source>Not reached: %1</source>
        <translation>No alcanzado: %1</translation>
    </message>
    <message>
        <source>Redis never answered</source>
        <translation>Redis nunca respondió</translation>
    </message>
    <message>
        <source>no PostgreSQL, Redis or RabbitMQ found in namespace %1 of context %2</source>
        <translation>no se encontró ningún PostgreSQL, Redis ni RabbitMQ en el espacio de nombres %1 del contexto %2</translation>
    </message>
    <message>
        <source>no datastore listed in targets file %1</source>
        <translation>el fichero de destinos %1 no enumera ningún almacén de datos</translation>
    </message>
    <message>
        <source>No timestamp (%t, %m or %n): a log line cannot be placed in time once it leaves the container runtime</source>
        <translation>Sin marca de tiempo (%t, %m o %n): una línea de log no se puede situar en el tiempo cuando sale del runtime de contenedores</translation>
    </message>
    <message>
        <source>Slow statements are not logged</source>
        <translation>Las sentencias lentas no se registran</translation>
    </message>
    <message>
        <source>A threshold of 0 logs the text of every statement, as log_statement = &apos;all&apos; does: passwords and personal data reach the server log</source>
        <translation>Un umbral de 0 registra el texto de cada sentencia, como log_statement = &apos;all&apos;: contraseñas y datos personales llegan al log del servidor</translation>
    </message>
    <message>
        <source>logging_collector is off: the server logs to stderr, which the container runtime keeps and rotates (the kubelet&apos;s containerLogMaxSize)</source>
        <translation>logging_collector está desactivado: el servidor escribe en stderr, que el runtime de contenedores guarda y rota (containerLogMaxSize del kubelet)</translation>
    </message>
    <message>
        <source>The log file is never rotated: it grows until the disk is full</source>
        <translation>El fichero de log nunca se rota: crece hasta llenar el disco</translation>
    </message>
    <message>
        <source>PCI DSS 10.5.1 asks for 12 months, 3 of them immediately available</source>
        <translation>PCI DSS 10.5.1 exige 12 meses, 3 de ellos disponibles de inmediato</translation>
    </message>
    <message>
        <source>log_line_prefix has no timestamp</source>
        <translation>log_line_prefix no tiene marca de tiempo</translation>
    </message>
    <message>
        <source>log_min_duration_statement is not set to a threshold</source>
        <translation>log_min_duration_statement no tiene un umbral</translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET log_min_duration_statement = &apos;1s&apos;; SELECT pg_reload_conf();</source>
        <translation>ALTER SYSTEM SET log_min_duration_statement = &apos;1s&apos;; SELECT pg_reload_conf();</translation>
    </message>
    <message>
        <source>The logging collector never rotates its log file</source>
        <translation>El recolector de logs nunca rota su fichero</translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET log_rotation_age = &apos;1d&apos;; ALTER SYSTEM SET log_rotation_size = &apos;100MB&apos;; SELECT pg_reload_conf(); (and ship the files before they are removed)</source>
        <translation>ALTER SYSTEM SET log_rotation_age = &apos;1d&apos;; ALTER SYSTEM SET log_rotation_size = &apos;100MB&apos;; SELECT pg_reload_conf(); (y envíe los ficheros antes de que se borren)</translation>
    </message>
    <message>
        <source>Logs are kept for less than 12 months</source>
        <translation>Los logs se guardan menos de 12 meses</translation>
    </message>
    <message>
        <source>server_version %1 (server_version_num %2)</source>
        <translation>server_version %1 (server_version_num %2)</translation>
    </message>
    <message>
        <source>PostgreSQL %1 is supported until %2</source>
        <translation>PostgreSQL %1 tiene soporte hasta %2</translation>
    </message>
    <message>
        <source>PostgreSQL %1 reached its end of life on %2: no security fixes since</source>
        <translation>PostgreSQL %1 llegó al fin de su vida el %2: sin correcciones de seguridad desde entonces</translation>
    </message>
    <message>
        <source>PostgreSQL %1 is older than every supported release</source>
        <translation>PostgreSQL %1 es anterior a todas las versiones con soporte</translation>
    </message>
    <message>
        <source>PostgreSQL %1 (%2) is not in Proofer&apos;s end-of-life table (newer than this Proofer knows): its support is not known</source>
        <translation>PostgreSQL %1 (%2) no está en la tabla de fin de vida de Proofer (más nuevo de lo que este Proofer conoce): se desconoce su soporte</translation>
    </message>
    <message>
        <source>The PostgreSQL major version is past its end of life</source>
        <translation>La versión mayor de PostgreSQL ha pasado su fin de vida</translation>
    </message>
    <message>
        <source>Upgrade to a supported major (the reference fleet runs postgres:17-alpine): pg_dump the database, start a postgres:17-alpine Deployment on a new PVC, restore it there and switch the Service (or pg_upgrade --link on the volume)</source>
        <translation>Actualice a una versión mayor con soporte (la flota de referencia usa postgres:17-alpine): haga pg_dump de la base de datos, arranque un Deployment postgres:17-alpine sobre un PVC nuevo, restáurela allí y cambie el Service (o pg_upgrade --link sobre el volumen)</translation>
    </message>
    <message>
        <source>The files are written to storage that does not survive the pod: no Bound PersistentVolumeClaim backs the data directory%1 (see PERSIST-002)</source>
        <translation>Los ficheros se escriben en un almacenamiento que no sobrevive al pod: ningún PersistentVolumeClaim en estado Bound respalda el directorio de datos%1 (vea PERSIST-002)</translation>
    </message>
    <message>
        <source>Whether the files survive a restart is not known: %1</source>
        <translation>No se sabe si los ficheros sobreviven a un reinicio: %1</translation>
    </message>
    <message>
        <source>Written to PersistentVolumeClaim %1%2</source>
        <translation>Escritos en el PersistentVolumeClaim %1%2</translation>
    </message>
    <message>
        <source>appendfsync no leaves flushing to the kernel: about 30 seconds of writes are lost on a crash</source>
        <translation>appendfsync no deja el volcado al kernel: se pierden unos 30 segundos de escrituras en una caída</translation>
    </message>
    <message>
        <source>appendfsync not read</source>
        <translation>appendfsync no leído</translation>
    </message>
    <message>
        <source>appendfsync not read (%1)</source>
        <translation>appendfsync no leído (%1)</translation>
    </message>
    <message>
        <source>No RDB snapshots: the guide documents RDB and AOF both on</source>
        <translation>Sin instantáneas RDB: la guía documenta RDB y AOF activados a la vez</translation>
    </message>
    <message>
        <source>Redis RDB snapshots are off</source>
        <translation>Las instantáneas RDB de Redis están desactivadas</translation>
    </message>
    <message>
        <source>redis-cli CONFIG SET save &quot;3600 1 300 100 60 10000&quot; &amp;&amp; redis-cli CONFIG REWRITE (or --save &quot;3600 1 300 100 60 10000&quot; in the container args), with a PersistentVolumeClaim mounted at the data directory</source>
        <translation>redis-cli CONFIG SET save &quot;3600 1 300 100 60 10000&quot; &amp;&amp; redis-cli CONFIG REWRITE (o --save &quot;3600 1 300 100 60 10000&quot; en los argumentos del contenedor), con un PersistentVolumeClaim montado en el directorio de datos</translation>
    </message>
    <message>
        <source>the server reported no server_version</source>
        <translation>el servidor no informó de server_version</translation>
    </message>
    <message>
        <source>the PostgreSQL probe did not log in</source>
        <translation>la sonda de PostgreSQL no inició sesión</translation>
    </message>
    <message>
        <source>the profile (no one named)</source>
        <translation>el perfil (sin nombre de responsable)</translation>
    </message>
    <message>
        <source>Secrets are stored unencrypted in etcd, as attested by %1</source>
        <translation>Los Secrets se guardan sin cifrar en etcd, según atestigua %1</translation>
    </message>
    <message>
        <source>Secrets encryption at rest attested by %1</source>
        <translation>Cifrado en reposo de los Secrets atestiguado por %1</translation>
    </message>
    <message>
        <source>Reached only inside the cluster: its Services are ClusterIP without externalIPs and no Ingress routes to them</source>
        <translation>Solo accesible dentro del clúster: sus Services son ClusterIP sin externalIPs y ningún Ingress enruta hacia ellos</translation>
    </message>
    <message>
        <source>NetworkPolicy %1 selects its pods and admits any source</source>
        <translation>La NetworkPolicy %1 selecciona sus pods y admite cualquier origen</translation>
    </message>
    <message>
        <source>No NetworkPolicy selects its pods for ingress: every pod of the cluster can connect to it</source>
        <translation>Ninguna NetworkPolicy selecciona sus pods para la entrada: cualquier pod del clúster puede conectarse</translation>
    </message>
    <message>
        <source>Ingress restricted to listed sources by NetworkPolicy %1</source>
        <translation>Entrada restringida a los orígenes indicados por la NetworkPolicy %1</translation>
    </message>
    <message>
        <source>The datastore is reachable from outside the cluster</source>
        <translation>El almacén de datos es accesible desde fuera del clúster</translation>
    </message>
    <message>
        <source>Keep database Services type: ClusterIP without externalIPs and route no Ingress to them; operators reach them with kubectl port-forward (as Proofer does)</source>
        <translation>Mantenga los Services de bases de datos con type: ClusterIP sin externalIPs y sin Ingress hacia ellos; los operadores acceden con kubectl port-forward (como Proofer)</translation>
    </message>
    <message>
        <source>No NetworkPolicy restricts who can connect to the datastore</source>
        <translation>Ninguna NetworkPolicy restringe quién puede conectarse al almacén de datos</translation>
    </message>
    <message>
        <source>Add a NetworkPolicy whose podSelector selects the database pods, policyTypes: [Ingress], admitting only its services&apos; pods (podSelector on app.kubernetes.io/component=service) on the database port; the CNI must enforce NetworkPolicy</source>
        <translation>Añada una NetworkPolicy cuyo podSelector seleccione los pods de la base de datos, policyTypes: [Ingress], que admita solo los pods de sus servicios (podSelector sobre app.kubernetes.io/component=service) en el puerto de la base de datos; el CNI debe aplicar las NetworkPolicy</translation>
    </message>
    <message>
        <source>Secrets are not known to be encrypted at rest</source>
        <translation>No consta que los Secrets estén cifrados en reposo</translation>
    </message>
    <message>
        <source>No Bound PersistentVolumeClaim (see PERSIST-001/002)</source>
        <translation>Ningún PersistentVolumeClaim en estado Bound (vea PERSIST-001/002)</translation>
    </message>
    <message>
        <source>The size %1 cannot be compared with %2</source>
        <translation>El tamaño %1 no se puede comparar con %2</translation>
    </message>
    <message>
        <source>PersistentVolumeClaim %1: %2, %3 (profile: at least %4, %5)</source>
        <translation>PersistentVolumeClaim %1: %2, %3 (perfil: al menos %4, %5)</translation>
    </message>
    <message>
        <source>Smaller than the %1 the profile asks for</source>
        <translation>Menor que los %1 que pide el perfil</translation>
    </message>
    <message>
        <source>Not mounted %1</source>
        <translation>No montado como %1</translation>
    </message>
    <message>
        <source>The data volume is smaller than the profile or not mounted as it asks</source>
        <translation>El volumen de datos es menor que el del perfil o no se monta como pide</translation>
    </message>
    <message>
        <source>Request the profile&apos;s size and access mode in the volumeClaimTemplate or the PersistentVolumeClaim (resources.requests.storage: 2Gi, accessModes: [ReadWriteOnce]); grow a bound claim with kubectl patch pvc when its storage class allows volume expansion</source>
        <translation>Pida el tamaño y el modo de acceso del perfil en el volumeClaimTemplate o en el PersistentVolumeClaim (resources.requests.storage: 2Gi, accessModes: [ReadWriteOnce]); amplíe un claim ya enlazado con kubectl patch pvc si su storage class permite expandir volúmenes</translation>
    </message>
    <message>
        <source>The password key was last written on %1 by %2, %3 days ago (policy: %4 days; from the Secret&apos;s managedFields)</source>
        <translation>La clave de la contraseña se escribió por última vez el %1, por %2, hace %3 días (política: %4 días; según los managedFields del Secret)</translation>
    </message>
    <message>
        <source>The same password as %1: one leaked credential opens both</source>
        <translation>La misma contraseña que %1: una credencial filtrada abre ambos</translation>
    </message>
    <message>
        <source>No other datastore of the namespace whose password was read has the same one (compared as keyed digests in memory)</source>
        <translation>Ningún otro almacén de datos del espacio de nombres cuya contraseña se leyó tiene la misma (comparadas como resúmenes con clave en memoria)</translation>
    </message>
    <message>
        <source>The password is shared with another datastore</source>
        <translation>La contraseña se comparte con otro almacén de datos</translation>
    </message>
    <message>
        <source>Give each service its own password (and role): generate one per datastore, store it in that datastore&apos;s Secret key and rotate the ones that were shared</source>
        <translation>Dé a cada servicio su propia contraseña (y rol): genere una por almacén de datos, guárdela en la clave del Secret de ese almacén y rote las que se compartían</translation>
    </message>
    <message>
        <source>named in the services&apos; connection settings</source>
        <translation>nombrado en la configuración de conexión de los servicios</translation>
    </message>
    <message>
        <source>the credentials Secret&apos;s role (no service&apos;s connection setting names one)</source>
        <translation>el rol del Secret de credenciales (ninguna configuración de conexión de un servicio nombra uno)</translation>
    </message>
    <message>
        <source>Neither the services&apos; connection settings nor the probe&apos;s login name a role</source>
        <translation>Ni la configuración de conexión de los servicios ni el inicio de sesión de la sonda nombran un rol</translation>
    </message>
    <message>
        <source>role %1 (%2) is a superuser: it bypasses every permission check</source>
        <translation>el rol %1 (%2) es superusuario: se salta toda comprobación de permisos</translation>
    </message>
    <message>
        <source>role %1 owns databases besides %2: %3</source>
        <translation>el rol %1 es dueño de otras bases de datos además de %2: %3</translation>
    </message>
    <message>
        <source>owns no database</source>
        <translation>no es dueño de ninguna base de datos</translation>
    </message>
    <message>
        <source>owns only %1</source>
        <translation>solo es dueño de %1</translation>
    </message>
    <message>
        <source>role %1 (%2): not a superuser, %3</source>
        <translation>rol %1 (%2): no es superusuario, %3</translation>
    </message>
    <message>
        <source>role %1 (%2): not a superuser, %3; also %4</source>
        <translation>rol %1 (%2): no es superusuario, %3; además %4</translation>
    </message>
    <message>
        <source>No login role of this server is named %1</source>
        <translation>Ningún rol con inicio de sesión de este servidor se llama %1</translation>
    </message>
    <message>
        <source>not a login role of this server: %1</source>
        <translation>no es un rol con inicio de sesión de este servidor: %1</translation>
    </message>
    <message>
        <source>The services&apos; database role is a superuser or owns other databases</source>
        <translation>El rol de base de datos de los servicios es superusuario o es dueño de otras bases de datos</translation>
    </message>
    <message>
        <source>Give each service a role of its own that owns only its database: CREATE ROLE &lt;service&gt; LOGIN; ALTER DATABASE &lt;db&gt; OWNER TO &lt;service&gt;; set its password with \password &lt;service&gt;, point the service&apos;s Secret at it, and keep the image&apos;s bootstrap superuser (POSTGRES_USER) for administration only</source>
        <translation>Dé a cada servicio un rol propio que solo sea dueño de su base de datos: CREATE ROLE &lt;servicio&gt; LOGIN; ALTER DATABASE &lt;bd&gt; OWNER TO &lt;servicio&gt;; fije su contraseña con \password &lt;servicio&gt;, apunte el Secret del servicio a él y deje el superusuario inicial de la imagen (POSTGRES_USER) solo para administración</translation>
    </message>
    <message numerus="yes">
        <source>%n suite(s) refused by %1 accepted:</source>
        <translation>
            <numerusform>%n suite rechazada por %1 aceptada:</numerusform>
            <numerusform>%n suites rechazadas por %1 aceptadas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every suite %1 refuses (static RSA, anonymous, NULL, export, DES, 3DES, RC4, IDEA, SEED, MD5, CBC-SHA1) was offered at each accepted version up to TLS 1.2 and refused</source>
        <translation>Cada suite que %1 rechaza (RSA estático, anónimas, NULL, export, DES, 3DES, RC4, IDEA, SEED, MD5, CBC-SHA1) se ofreció en cada versión aceptada hasta TLS 1.2 y fue rechazada</translation>
    </message>
    <message>
        <source>the suites were not enumerated</source>
        <translation>las suites no se enumeraron</translation>
    </message>
    <message>
        <source>Acceptance expired on %1 (approved by %2: %3)</source>
        <translation>La aceptación caducó el %1 (aprobada por %2: %3)</translation>
    </message>
    <message>
        <source>Accepted until %1 by %2: %3</source>
        <translation>Aceptado hasta el %1 por %2: %3</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un mapa</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>No log retention fact: how long the logs are kept is not observable from the namespace; state it in the policy file (attestations.logRetention: days and attestedBy, whoever runs the log store)</source>
        <translation>No hay dato de retención de registros: cuánto tiempo se conservan no es observable desde el espacio de nombres; indíquelo en el fichero de política (attestations.logRetention: days y attestedBy, quien gestione el almacén de registros)</translation>
    </message>
    <message numerus="yes">
        <source>Log retention of %n days, attested by %1</source>
        <translation>
            <numerusform>Retención de registros de %n día, declarada por %1</numerusform>
            <numerusform>Retención de registros de %n días, declarada por %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ship the datastores&apos; logs to a central store that keeps them 12 months (3 immediately available), then attest it in the policy file (docs/policy.md): attestations: logRetention: {days: 365, attestedBy: &lt;who checked the log store&gt;}</source>
        <translation>Envíe los registros de los almacenes de datos a un almacén central que los conserve 12 meses (3 disponibles de inmediato) y después declárelo en el fichero de política (docs/policy.md): attestations: logRetention: {days: 365, attestedBy: &lt;quién comprobó el almacén de registros&gt;}</translation>
    </message>
    <message>
        <source>Needs cluster-admin evidence: whether etcd holds Secrets encrypted is set in the API server&apos;s EncryptionConfiguration, which a namespace cannot see; attest it in the policy file (attestations.secretsEncryptedAtRest: value, attestedBy: who checked it, date)</source>
        <translation>Requiere evidencia de un administrador del clúster: si etcd guarda los Secrets cifrados se define en la EncryptionConfiguration del servidor de API, que un espacio de nombres no puede ver; declárelo en el fichero de política (attestations.secretsEncryptedAtRest: value, attestedBy: quién lo comprobó, date)</translation>
    </message>
    <message>
        <source>Ask the cluster&apos;s administrators for the API server&apos;s --encryption-provider-config (kms v2, aesgcm or aescbc before identity for secrets), then record who checked it in the policy file: attestations: secretsEncryptedAtRest: {value: true, attestedBy: &lt;who&gt;, date: &lt;day&gt;}</source>
        <translation>Pida a los administradores del clúster el --encryption-provider-config del servidor de API (kms v2, aesgcm o aescbc antes de identity para secrets) y después anote quién lo comprobó en el fichero de política: attestations: secretsEncryptedAtRest: {value: true, attestedBy: &lt;quién&gt;, date: &lt;día&gt;}</translation>
    </message>
    <message>
        <source>PostgreSQL %1 is not among the versions the policy allows: %2</source>
        <translation>PostgreSQL %1 no está entre las versiones que permite la política: %2</translation>
    </message>
    <message>
        <source>Proofer&apos;s backup catalog could not be read: %1</source>
        <translation>No se pudo leer el catálogo de copias de Proofer: %1</translation>
    </message>
    <message>
        <source>Proofer&apos;s backup catalog has no backup of this namespace</source>
        <translation>El catálogo de copias de Proofer no tiene ninguna copia de este espacio de nombres</translation>
    </message>
    <message>
        <source>the backup location could not be listed: %1</source>
        <translation>no se pudo listar la ubicación de copias: %1</translation>
    </message>
    <message>
        <source>no backup location was given to list (proofer scan --backup-location DIR)</source>
        <translation>no se indicó ninguna ubicación de copias que listar (proofer scan --backup-location DIR)</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of this datastore: %1 verified by Proofer, %2 encrypted file(s) seen at the location</source>
        <translation>
            <numerusform>%n copia de este almacén de datos: %1 verificadas por Proofer, %2 ficheros cifrados vistos en la ubicación</numerusform>
            <numerusform>%n copias de este almacén de datos: %1 verificadas por Proofer, %2 ficheros cifrados vistos en la ubicación</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest, %1, is an encrypted file the platform&apos;s script wrote: seen at the location, not decrypted or restore-tested</source>
        <translation>La más reciente, %1, es un fichero cifrado que escribió el script de la plataforma: vista en la ubicación, no descifrada ni probada con una restauración</translation>
    </message>
    <message>
        <source>The newest was verified by Proofer (decrypted, unpacked, dump header read)</source>
        <translation>La más reciente la verificó Proofer (descifrada, descomprimida, cabecera del volcado leída)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) for this datastore at the location are empty or not encrypted: not counted</source>
        <translation>
            <numerusform>%n fichero de este almacén de datos en la ubicación está vacío o sin cifrar: no se cuenta</numerusform>
            <numerusform>%n ficheros de este almacén de datos en la ubicación están vacíos o sin cifrar: no se cuentan</numerusform>
        </translation>
    </message>
    <message>
        <source>no backup of this datastore at the location</source>
        <translation>ninguna copia de este almacén de datos en la ubicación</translation>
    </message>
    <message>
        <source>%1: must be a mapping, not %2</source>
        <translation>%1: debe ser un mapa, no %2</translation>
    </message>
    <message>
        <source>%1: a key must be a name, not %2</source>
        <translation>%1: una clave debe ser un nombre, no %2</translation>
    </message>
    <message>
        <source>duplicate field &quot;%1&quot;</source>
        <translation>campo «%1» repetido</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (known here: %2)</source>
        <translation>campo «%1» desconocido (aquí se conocen: %2)</translation>
    </message>
    <message>
        <source>%1: needs a value</source>
        <translation>%1: necesita un valor</translation>
    </message>
    <message>
        <source>%1: must be a whole number from %2 to %3, not %4</source>
        <translation>%1: debe ser un número entero de %2 a %3, no %4</translation>
    </message>
    <message>
        <source>%1: must be true or false, not %2</source>
        <translation>%1: debe ser true o false, no %2</translation>
    </message>
    <message>
        <source>%1: must be a text, not %2</source>
        <translation>%1: debe ser un texto, no %2</translation>
    </message>
    <message>
        <source>%1: is longer than %2 characters</source>
        <translation>%1: tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>%1: must be a date as YYYY-MM-DD, not %2</source>
        <translation>%1: debe ser una fecha AAAA-MM-DD, no %2</translation>
    </message>
    <message>
        <source>%1: must be a duration from 0s to %2 (e.g. 24h, 90m, 2d), not %3</source>
        <translation>%1: debe ser una duración de 0s a %2 (p. ej. 24h, 90m, 2d), no %3</translation>
    </message>
    <message>
        <source>%1: must be a list, not %2</source>
        <translation>%1: debe ser una lista, no %2</translation>
    </message>
    <message>
        <source>%1: more than %2 items</source>
        <translation>%1: más de %2 elementos</translation>
    </message>
    <message>
        <source>%1: must be %2, not %3</source>
        <translation>%1: debe ser %2, no %3</translation>
    </message>
    <message>
        <source>%1: Proofer checks only the extension pgcrypto (PG-LOG-005), not &quot;%2&quot;</source>
        <translation>%1: Proofer solo comprueba la extensión pgcrypto (PG-LOG-005), no «%2»</translation>
    </message>
    <message>
        <source>%1: %2 is listed twice</source>
        <translation>%1: %2 aparece dos veces</translation>
    </message>
    <message>
        <source>%1: an empty list would refuse every version; leave it out to allow every supported release</source>
        <translation>%1: una lista vacía rechazaría todas las versiones; omítala para permitir todas las versiones con soporte</translation>
    </message>
    <message>
        <source>%1: must be a Kubernetes quantity such as 2Gi or 500Mi, not %2</source>
        <translation>%1: debe ser una cantidad de Kubernetes como 2Gi o 500Mi, no %2</translation>
    </message>
    <message>
        <source>%1: must be one of %2, not %3</source>
        <translation>%1: debe ser uno de %2, no %3</translation>
    </message>
    <message>
        <source>%1.%2: required</source>
        <translation>%1.%2: obligatorio</translation>
    </message>
    <message>
        <source>%1: unknown rule &quot;%2&quot; (docs/grading.md lists the rules)</source>
        <translation>%1: regla «%2» desconocida (docs/grading.md enumera las reglas)</translation>
    </message>
    <message>
        <source>policy file %1 (%2) does not exist</source>
        <translation>el fichero de política %1 (%2) no existe</translation>
    </message>
    <message>
        <source>policy file %1 (%2) is a directory</source>
        <translation>el fichero de política %1 (%2) es un directorio</translation>
    </message>
    <message>
        <source>cannot read policy file %1: %2</source>
        <translation>no se puede leer el fichero de política %1: %2</translation>
    </message>
    <message>
        <source>%1: the policy file is larger than %2 KiB</source>
        <translation>%1: el fichero de política ocupa más de %2 KiB</translation>
    </message>
</context>
<context>
    <name>BackupWizard</name>
    <message>
        <source>Databases, destination and key</source>
        <translation>Bases de datos, destino y clave</translation>
    </message>
    <message>
        <source>Each database is dumped with pg_dump, compressed and encrypted with GnuPG into &lt;database&gt;_&lt;datastore&gt;_&lt;time&gt;.sql.gz.gpg. A failed dump leaves no file; each backup is decrypted and checked after writing when this machine can.</source>
        <translation>Cada base de datos se vuelca con pg_dump, se comprime y se cifra con GnuPG en &lt;database&gt;_&lt;datastore&gt;_&lt;time&gt;.sql.gz.gpg. Un volcado fallido no deja ningún archivo; cada copia se descifra y se comprueba tras escribirla cuando esta máquina puede hacerlo.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Backup directory</source>
        <translation>Directorio de las copias</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>&amp;Directorio:</translation>
    </message>
    <message>
        <source>Encrypt to a &amp;public key (recipient)</source>
        <translation>Cifrar para una clave &amp;pública (destinatario)</translation>
    </message>
    <message>
        <source>Encrypt with a pass&amp;phrase</source>
        <translation>Cifrar con una &amp;frase de contraseña</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Cifrado:</translation>
    </message>
    <message>
        <source>Key &amp;fingerprint:</source>
        <translation>&amp;Huella de la clave:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>Choose at least one database.</source>
        <translation>Elija al menos una base de datos.</translation>
    </message>
    <message>
        <source>Choose an existing directory you can write to.</source>
        <translation>Elija un directorio existente en el que pueda escribir.</translation>
    </message>
    <message>
        <source>Give the recipient&apos;s key fingerprint (hexadecimal, as gpg --list-keys shows it).</source>
        <translation>Indique la huella de la clave del destinatario (hexadecimal, como la muestra gpg --list-keys).</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>La frase necesita al menos %n carácter.</numerusform>
            <numerusform>La frase necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases no coinciden.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <source>The policy keeps the newest backup of each day for 30 days, of each week for 90 days and of each month for a year, and always the newest of each database. Marked below: what it would prune in this directory. Nothing is deleted by this wizard.</source>
        <translation>La política conserva la copia más reciente de cada día durante 30 días, de cada semana durante 90 días y de cada mes durante un año, y siempre la más reciente de cada base de datos. Abajo se marca lo que eliminaría en este directorio. Este asistente no borra nada.</translation>
    </message>
    <message>
        <source>Back up databases</source>
        <translation>Copia de seguridad de bases de datos</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All PostgreSQL databases of the fleet (%n)</source>
        <translation>
            <numerusform>&amp;Todas las bases de datos PostgreSQL de la flota (%n)</numerusform>
            <numerusform>&amp;Todas las bases de datos PostgreSQL de la flota (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — database %2</source>
        <translation>%1 — base de datos %2</translation>
    </message>
    <message>
        <source>e.g. 3AA5C34371567BD2…</source>
        <translation>p. ej. 3AA5C34371567BD2…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>Tomada (UTC)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
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
        <source>keep</source>
        <translation>conservar</translation>
    </message>
    <message>
        <source>would prune</source>
        <translation>se eliminaría</translation>
    </message>
    <message>
        <source>newest of its day (30 days)</source>
        <translation>la más reciente de su día (30 días)</translation>
    </message>
    <message>
        <source>newest of its week (90 days)</source>
        <translation>la más reciente de su semana (90 días)</translation>
    </message>
    <message>
        <source>newest of its month (1 year)</source>
        <translation>la más reciente de su mes (1 año)</translation>
    </message>
    <message>
        <source>newest backup of the database</source>
        <translation>la copia más reciente de la base de datos</translation>
    </message>
    <message>
        <source>dated in the future</source>
        <translation>fechada en el futuro</translation>
    </message>
    <message>
        <source>covered by newer backups</source>
        <translation>cubierta por copias más recientes</translation>
    </message>
    <message>
        <source>No directory chosen.</source>
        <translation>No se ha elegido ningún directorio.</translation>
    </message>
    <message>
        <source>No backups in %1 yet.</source>
        <translation>Todavía no hay copias en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1; the policy would prune %2 of them.</source>
        <translation>
            <numerusform>%n copia(s) en %1; la política eliminaría %2 de ellas.</numerusform>
            <numerusform>%n copia(s) en %1; la política eliminaría %2 de ellas.</numerusform>
        </translation>
    </message>
    <message>
        <source>no database chosen</source>
        <translation>no se ha elegido ninguna base de datos</translation>
    </message>
    <message numerus="yes">
        <source>%n database(s) into %1, encrypted %2.</source>
        <translation>
            <numerusform>%n base(s) de datos en %1, cifradas %2.</numerusform>
            <numerusform>%n base(s) de datos en %1, cifradas %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>with the passphrase</source>
        <translation>con la frase de contraseña</translation>
    </message>
    <message>
        <source>to the key %1</source>
        <translation>para la clave %1</translation>
    </message>
    <message>
        <source>Reading the backups in %1…</source>
        <translation>Leyendo las copias de seguridad de %1…</translation>
    </message>
</context>
<context>
    <name>CertRenewalWizard</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Certificates to renew</source>
        <translation>Certificados que renovar</translation>
    </message>
    <message>
        <source>The new certificates cover every DNS form of each Service (name, name.namespace, name.namespace.svc, name.namespace.svc.cluster.local) and the names the current certificate already had.</source>
        <translation>Los certificados nuevos cubren todas las formas DNS de cada Service (nombre, nombre.espacio, nombre.espacio.svc, nombre.espacio.svc.cluster.local) y los nombres que ya tenía el certificado actual.</translation>
    </message>
    <message>
        <source>Create a &amp;new CA (10 years)</source>
        <translation>Crear una CA &amp;nueva (10 años)</translation>
    </message>
    <message>
        <source>Use the &amp;existing CA (certificate and key files)</source>
        <translation>Usar la CA &amp;existente (ficheros de certificado y clave)</translation>
    </message>
    <message>
        <source>Signing CA:</source>
        <translation>CA firmante:</translation>
    </message>
    <message>
        <source>CA &amp;certificate:</source>
        <translation>&amp;Certificado de la CA:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de la CA</translation>
    </message>
    <message>
        <source>CA &amp;key:</source>
        <translation>Cla&amp;ve de la CA:</translation>
    </message>
    <message>
        <source>CA key</source>
        <translation>Clave de la CA</translation>
    </message>
    <message>
        <source>Key &amp;type:</source>
        <translation>&amp;Tipo de clave:</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>&amp;Validez:</translation>
    </message>
    <message>
        <source>For comparison: publicly trusted TLS certificates may last at most 200 days since March 2026, 100 days from March 2027 and 47 days from March 2029 (CA/Browser Forum). A private CA sets its own policy; the platform&apos;s is 3 years, renewed 90 days before expiry.</source>
        <translation>Como referencia: los certificados TLS de confianza pública duran como máximo 200 días desde marzo de 2026, 100 días desde marzo de 2027 y 47 días desde marzo de 2029 (CA/Browser Forum). Una CA privada fija su propia política; la de la plataforma es de 3 años, renovando 90 días antes de caducar.</translation>
    </message>
    <message>
        <source>New files &amp;go to:</source>
        <translation>Los ficheros nuevos &amp;van a:</translation>
    </message>
    <message>
        <source>Directory for the new keys</source>
        <translation>Directorio para las claves nuevas</translation>
    </message>
    <message>
        <source>Choose at least one datastore.</source>
        <translation>Elija al menos un almacén de datos.</translation>
    </message>
    <message>
        <source>Choose the CA certificate file (PEM).</source>
        <translation>Elija el fichero del certificado de la CA (PEM).</translation>
    </message>
    <message>
        <source>Choose the CA key file (PEM).</source>
        <translation>Elija el fichero de la clave de la CA (PEM).</translation>
    </message>
    <message>
        <source>Choose where the new key files go.</source>
        <translation>Elija dónde van los ficheros de las claves nuevas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): serial %3, %n day(s) left → serial %4 until %5</source>
        <translation>
            <numerusform>%1 (%2): serie %3, queda %n día → serie %4 hasta %5</numerusform>
            <numerusform>%1 (%2): serie %3, quedan %n días → serie %4 hasta %5</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Renew certificates</source>
        <translation>Renovar certificados</translation>
    </message>
    <message>
        <source>RSA 4096</source>
        <translation>RSA 4096</translation>
    </message>
    <message>
        <source>EC P-256</source>
        <translation>EC P-256</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Signed by %1 (serial %2)</source>
        <translation>Firmado por %1 (serie %2)</translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>intermedio</translation>
    </message>
    <message>
        <source>served</source>
        <translation>servido</translation>
    </message>
    <message>
        <source>stored in the TLS secret</source>
        <translation>guardado en el secreto TLS</translation>
    </message>
    <message>
        <source>stored in secret %1</source>
        <translation>guardado en el secreto %1</translation>
    </message>
    <message>
        <source>in secret %1</source>
        <translation>en el secreto %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>expires in under 30 days</source>
        <translation>caduca en menos de 30 días</translation>
    </message>
    <message>
        <source>renew now</source>
        <translation>renovar ya</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válido</translation>
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
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Emisor: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Válido del %1 al %2</translation>
    </message>
    <message>
        <source>Seen with: %1</source>
        <translation>Visto con: %1</translation>
    </message>
    <message>
        <source>Names (SAN): %1</source>
        <translation>Nombres (SAN): %1</translation>
    </message>
    <message>
        <source>Stored in the secret but not served by: %1</source>
        <translation>Guardado en el secreto pero no servido por: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Datastores</source>
        <translation>Almacenes de datos</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
</context>
<context>
    <name>CertificatesView</name>
    <message>
        <source>&amp;Renew Certificates…</source>
        <translation>&amp;Renovar certificados…</translation>
    </message>
    <message>
        <source>Issue new certificates for the selected datastores and roll them out</source>
        <translation>Emitir certificados nuevos para los almacenes de datos seleccionados y desplegarlos</translation>
    </message>
    <message>
        <source>Renew Certificates…</source>
        <translation>Renovar certificados…</translation>
    </message>
    <message>
        <source>No certificates observed yet.</source>
        <translation>Aún no se ha observado ningún certificado.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s): %1 expired, %2 inside the %3-day renewal window</source>
        <translation>
            <numerusform>%n certificado: %1 caducado, %2 dentro de la ventana de renovación de %3 días</numerusform>
            <numerusform>%n certificados: %1 caducados, %2 dentro de la ventana de renovación de %3 días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Not audited yet</source>
        <translation>Aún sin auditar</translation>
    </message>
    <message>
        <source>Pods are running and healthy</source>
        <translation>Los pods están en marcha y sanos</translation>
    </message>
    <message>
        <source>PersistentVolumeClaims are Bound</source>
        <translation>Los PersistentVolumeClaims están en estado Bound</translation>
    </message>
    <message>
        <source>TLS certificates are mounted with 0600 keys</source>
        <translation>Los certificados TLS están montados con claves 0600</translation>
    </message>
    <message>
        <source>Not in a cluster: no pod to inspect</source>
        <translation>Fuera de un clúster: no hay pod que inspeccionar</translation>
    </message>
    <message>
        <source>No TLS secret is mounted</source>
        <translation>No hay ningún secreto TLS montado</translation>
    </message>
    <message>
        <source>Secret %1 is mounted</source>
        <translation>El secreto %1 está montado</translation>
    </message>
    <message>
        <source>PostgreSQL accepts TLS</source>
        <translation>PostgreSQL acepta TLS</translation>
    </message>
    <message>
        <source>Redis accepts TLS</source>
        <translation>Redis acepta TLS</translation>
    </message>
    <message>
        <source>pgcrypto is loaded</source>
        <translation>pgcrypto está cargado</translation>
    </message>
    <message>
        <source>Services connect without TLS errors (logs)</source>
        <translation>Los servicios se conectan sin errores TLS (registros)</translation>
    </message>
    <message>
        <source>No log evidence: open the datastore&apos;s Logs tab to read it</source>
        <translation>Sin evidencia de registros: abra la pestaña Registros del almacén de datos para leerlos</translation>
    </message>
    <message numerus="yes">
        <source>No TLS errors in the last %n log line(s)</source>
        <translation>
            <numerusform>Ningún error TLS en la última línea del registro</numerusform>
            <numerusform>Ningún error TLS en las últimas %n líneas del registro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n TLS error(s) in the last %1 log lines</source>
        <translation>
            <numerusform>%n error TLS en las últimas %1 líneas del registro</numerusform>
            <numerusform>%n errores TLS en las últimas %1 líneas del registro</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit logs are being generated</source>
        <translation>Se están generando registros de auditoría</translation>
    </message>
    <message>
        <source>log_duration could not be read</source>
        <translation>No se pudo leer log_duration</translation>
    </message>
    <message>
        <source>log_duration = on</source>
        <translation>log_duration = on</translation>
    </message>
    <message>
        <source>log_duration = %1</source>
        <translation>log_duration = %1</translation>
    </message>
    <message>
        <source>Passwords have 32 or more characters</source>
        <translation>Las contraseñas tienen 32 caracteres o más</translation>
    </message>
    <message>
        <source>A backup was made recently</source>
        <translation>Se hizo una copia de seguridad recientemente</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>cumple</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>no cumple</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>no evaluado</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>No datastore concerned</source>
        <translation>Ningún almacén de datos afectado</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n datastore(s) pass</source>
        <translation>
            <numerusform>%1 de %n almacén de datos cumple</numerusform>
            <numerusform>%1 de %n almacenes de datos cumplen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not assessed</source>
        <translation>
            <numerusform>, %n sin evaluar</numerusform>
            <numerusform>, %n sin evaluar</numerusform>
        </translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Fallan</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>A backup was restore-tested recently</source>
        <translation>Se ha probado a restaurar una copia recientemente</translation>
    </message>
    <message>
        <source>No backup made with Proofer for this fleet yet</source>
        <translation>Todavía no se ha hecho ninguna copia con Proofer para esta flota</translation>
    </message>
    <message>
        <source>No backup of it was ever restore-tested</source>
        <translation>Nunca se ha probado a restaurar ninguna copia suya</translation>
    </message>
    <message numerus="yes">
        <source>Last restore test %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Última prueba de restauración %1 (hace %n día(s))</numerusform>
            <numerusform>Última prueba de restauración %1 (hace %n día(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: log not read (%2)</source>
        <translation>%1: registro no leído (%2)</translation>
    </message>
    <message>
        <source>%1: its log has no line in the window read</source>
        <translation>%1: su registro no tiene ninguna línea en la ventana leída</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n TLS error(s) in the last %2 log lines</source>
        <translation>
            <numerusform>%1: %n error TLS en las últimas %2 líneas del registro</numerusform>
            <numerusform>%1: %n errores TLS en las últimas %2 líneas del registro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n TLS error line(s) without a time: Proofer&apos;s own protocol and cipher checks leave such lines, so they cannot be told apart (a time in the log prefix, %m, tells them)</source>
        <translation>
            <numerusform>%1: %n línea de error TLS sin hora: las comprobaciones de protocolo y cifrado de Proofer dejan líneas así, por lo que no se pueden distinguir (una hora en el prefijo del registro, %m, las distingue)</numerusform>
            <numerusform>%1: %n líneas de error TLS sin hora: las comprobaciones de protocolo y cifrado de Proofer dejan líneas así, por lo que no se pueden distinguir (una hora en el prefijo del registro, %m, las distingue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: no TLS errors in the last %n log line(s)</source>
        <translation>
            <numerusform>%1: ningún error TLS en la última %n línea del registro</numerusform>
            <numerusform>%1: ningún error TLS en las últimas %n líneas del registro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n written while Proofer probed it left out)</source>
        <translation>
            <numerusform> (se dejó fuera %n escrita mientras Proofer lo sondeaba)</numerusform>
            <numerusform> (se dejaron fuera %n escritas mientras Proofer lo sondeaba)</numerusform>
        </translation>
    </message>
    <message>
        <source>its own log</source>
        <translation>su propio registro</translation>
    </message>
    <message>
        <source>Its log was not read: %1</source>
        <translation>Su registro no se leyó: %1</translation>
    </message>
    <message>
        <source>Its log has no line in the window read: the server logs elsewhere, or wrote nothing</source>
        <translation>Su registro no tiene ninguna línea en la ventana leída: el servidor registra en otro sitio o no escribió nada</translation>
    </message>
    <message numerus="yes">
        <source>%n connection or statement line(s) in the last %1 log lines, e.g. %2</source>
        <translation>
            <numerusform>%n línea de conexión o de sentencia en las últimas %1 líneas del registro, p. ej. %2</numerusform>
            <numerusform>%n líneas de conexión o de sentencia en las últimas %1 líneas del registro, p. ej. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The server writes its log to files inside the pod (logging_collector = on): the container&apos;s log shows none</source>
        <translation>El servidor escribe su registro en ficheros dentro del pod (logging_collector = on): el registro del contenedor no muestra ninguno</translation>
    </message>
    <message numerus="yes">
        <source>No connection or statement line in the last %n log line(s), although Proofer&apos;s probe logged in during the scan</source>
        <translation>
            <numerusform>Ninguna línea de conexión o de sentencia en la última %n línea del registro, aunque la sonda de Proofer inició sesión durante el escaneo</numerusform>
            <numerusform>Ninguna línea de conexión o de sentencia en las últimas %n líneas del registro, aunque la sonda de Proofer inició sesión durante el escaneo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n from port-forwarded clients, not services, left out)</source>
        <translation>
            <numerusform> (%n de un cliente con redirección de puerto, no de un servicio, excluida)</numerusform>
            <numerusform> (%n de clientes con redirección de puerto, no de servicios, excluidas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>The security validation checklist fills in when a scan completes.</source>
        <translation>La lista de validación de seguridad se rellena cuando termina un análisis.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s): %1 pass, %2 fail, %3 partial or not assessed</source>
        <translation>
            <numerusform>%n comprobación: %1 cumple, %2 falla, %3 parcial o sin evaluar</numerusform>
            <numerusform>%n comprobaciones: %1 cumplen, %2 fallan, %3 parciales o sin evaluar</numerusform>
        </translation>
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
        <source>Language of the window (for example: es); default: the system&apos;s</source>
        <translation>Idioma de la ventana (por ejemplo: es); por omisión, el del sistema</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &quot;proofer &lt;command&gt; --help&quot; for the options of a command.</source>
        <translation>Ejecute «proofer &lt;comando&gt; --help» para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>proofer %1: this command is not available yet in Proofer %2.</source>
        <translation>proofer %1: este comando aún no está disponible en Proofer %2.</translation>
    </message>
    <message>
        <source>proofer: unknown command &quot;%1&quot;. Run &quot;proofer --help&quot; for the list of commands.</source>
        <translation>proofer: comando desconocido «%1». Ejecute «proofer --help» para ver la lista de comandos.</translation>
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
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
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
        <source>Reads the kubeconfig as kubectl does: --kubeconfig alone, else every file of $KUBECONFIG (&apos;:&apos;-separated, first definition wins), else ~/.kube/config.</source>
        <translation>Lee el kubeconfig como lo hace kubectl: solo --kubeconfig si se indica; si no, cada fichero de $KUBECONFIG (separados por &apos;:&apos;; prevalece la primera definición); si no, ~/.kube/config.</translation>
    </message>
    <message>
        <source>Resolve the context (cluster, user, namespace, TLS, auth) and validate it; exit 0 or 2</source>
        <translation>Resuelve el contexto (clúster, usuario, espacio de nombres, TLS, autenticación) y lo valida; sale con 0 o 2</translation>
    </message>
    <message>
        <source>List the contexts like &quot;kubectl config get-contexts&quot;</source>
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
        <source>Tokens, passwords and keys are never printed: they show as REDACTED or DATA+OMITTED, as in &quot;kubectl config view&quot;.</source>
        <translation>Los tokens, las contraseñas y las claves nunca se muestran: aparecen como REDACTED o DATA+OMITTED, como en «kubectl config view».</translation>
    </message>
    <message>
        <source>Exit status: 0 when the kubeconfig is usable, 2 on any error (printed on standard error).</source>
        <translation>Estado de salida: 0 si el kubeconfig es utilizable, 2 ante cualquier error (que se muestra en la salida de error estándar).</translation>
    </message>
    <message>
        <source>unknown kubeconfig command &quot;%1&quot; (check, contexts or view)</source>
        <translation>comando de kubeconfig desconocido «%1» (check, contexts o view)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>--fail-under takes a grade from A+ to F, not &quot;%1&quot;</source>
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
    <message>
        <source>the passphrase file %1 does not exist</source>
        <translation>el fichero de frase de paso %1 no existe</translation>
    </message>
    <message>
        <source>the passphrase file %1 is readable by others: chmod 600 it</source>
        <translation>el fichero de frase de paso %1 lo pueden leer otros: haga chmod 600</translation>
    </message>
    <message>
        <source>the passphrase file %1 is empty</source>
        <translation>el fichero de frase de paso %1 está vacío</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHERO</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>conservar</translation>
    </message>
    <message>
        <source>prune</source>
        <translation>podar</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>borrada</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source> (verified)</source>
        <translation> (verificada)</translation>
    </message>
    <message numerus="yes">
        <source>%1: newest verified backup %n day(s) old (%2)</source>
        <translation>
            <numerusform>%1: la copia verificada más reciente tiene %n día (%2)</numerusform>
            <numerusform>%1: la copia verificada más reciente tiene %n días (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no verified backup</source>
        <translation>%1: ninguna copia verificada</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) deleted</source>
        <translation>
            <numerusform>%n copia borrada</numerusform>
            <numerusform>%n copias borradas</numerusform>
        </translation>
    </message>
    <message>
        <source>--out-dir is required</source>
        <translation>--out-dir es obligatorio</translation>
    </message>
    <message>
        <source>--out-dir %1 is not a directory</source>
        <translation>--out-dir %1 no es un directorio</translation>
    </message>
    <message>
        <source>--prune deletes backups: add --yes to confirm</source>
        <translation>--prune borra copias: añada --yes para confirmar</translation>
    </message>
    <message>
        <source>--prune only goes with --retention</source>
        <translation>--prune solo va con --retention</translation>
    </message>
    <message>
        <source>name the datastores with --datastore, or say --all</source>
        <translation>indique los almacenes con --datastore, o diga --all</translation>
    </message>
    <message>
        <source>give exactly one of --recipient and --passphrase-file</source>
        <translation>indique exactamente uno de --recipient y --passphrase-file</translation>
    </message>
    <message>
        <source>error: no PostgreSQL datastore named %1</source>
        <translation>error: no hay ningún almacén PostgreSQL llamado %1</translation>
    </message>
    <message>
        <source>error: no PostgreSQL datastore to back up</source>
        <translation>error: ningún almacén PostgreSQL que copiar</translation>
    </message>
    <message>
        <source>--datastore is required</source>
        <translation>--datastore es obligatorio</translation>
    </message>
    <message>
        <source>--file must name an existing backup file</source>
        <translation>--file debe indicar un fichero de copia existente</translation>
    </message>
    <message>
        <source>say --dry-run to rehearse on a scratch copy, or --yes to restore and swap</source>
        <translation>indique --dry-run para ensayar en una copia provisional, o --yes para restaurar e intercambiar</translation>
    </message>
    <message>
        <source>error: %1 is not a PostgreSQL datastore</source>
        <translation>error: %1 no es un almacén PostgreSQL</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLA</translation>
    </message>
    <message>
        <source>DUMP</source>
        <translation>VOLCADO</translation>
    </message>
    <message>
        <source>RESTORED</source>
        <translation>RESTAURADO</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>EN VIVO</translation>
    </message>
    <message>
        <source>error: no datastore named %1</source>
        <translation>error: no hay ningún almacén llamado %1</translation>
    </message>
    <message>
        <source>No scan is kept in %1 yet.</source>
        <translation>Todavía no se guarda ningún análisis en %1.</translation>
    </message>
    <message>
        <source>TAKEN (UTC)</source>
        <translation>FECHA (UTC)</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>ÁMBITO</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>CONTEXTO</translation>
    </message>
    <message>
        <source>GRADE</source>
        <translation>NOTA</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>PUNTOS</translation>
    </message>
    <message>
        <source>CRIT</source>
        <translation>CRÍT</translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation>ALTA</translation>
    </message>
    <message>
        <source>MED</source>
        <translation>MEDIA</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>BAJA</translation>
    </message>
    <message>
        <source>(%1 older scans not shown; --limit 0 lists them all)</source>
        <translation>(no se muestran %1 análisis anteriores; --limit 0 los lista todos)</translation>
    </message>
    <message>
        <source>no scan #%1: the history is empty</source>
        <translation>no hay análisis n.º %1: el historial está vacío</translation>
    </message>
    <message>
        <source>no scan #%1: the history keeps %2 (1 is the latest)</source>
        <translation>no hay análisis n.º %1: el historial guarda %2 (1 es el más reciente)</translation>
    </message>
    <message>
        <source>fleet</source>
        <translation>flota</translation>
    </message>
    <message>
        <source>%1 UTC, %2, grade %3 (%4)</source>
        <translation>%1 UTC, %2, calificación %3 (%4)</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>Desde %1: %2</translation>
    </message>
    <message>
        <source>To   %1: %2</source>
        <translation>Hasta %1: %2</translation>
    </message>
    <message>
        <source>Grade: %1 -&gt; %2</source>
        <translation>Calificación: %1 -&gt; %2</translation>
    </message>
    <message numerus="yes">
        <source>New findings (%n):</source>
        <translation>
            <numerusform>Hallazgos nuevos (%n):</numerusform>
            <numerusform>Hallazgos nuevos (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fixed findings (%n):</source>
        <translation>
            <numerusform>Hallazgos corregidos (%n):</numerusform>
            <numerusform>Hallazgos corregidos (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n finding(s)</source>
        <translation>
            <numerusform>Sin cambios: %n hallazgo</numerusform>
            <numerusform>Sin cambios: %n hallazgos</numerusform>
        </translation>
    </message>
    <message>
        <source>--limit takes a number of scans, not &quot;%1&quot;</source>
        <translation>--limit admite un número de análisis, no «%1»</translation>
    </message>
    <message>
        <source>history diff takes two scans (A B) or none</source>
        <translation>history diff admite dos análisis (A B) o ninguno</translation>
    </message>
    <message>
        <source>apply</source>
        <translation>aplicar</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>verificar</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>deshacer</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>simulación</translation>
    </message>
    <message>
        <source>choose the CA: --new-ca, or --ca-cert FILE with --ca-key FILE</source>
        <translation>elija la CA: --new-ca, o --ca-cert ARCHIVO con --ca-key ARCHIVO</translation>
    </message>
    <message>
        <source>--ca-cert and --ca-key go together</source>
        <translation>--ca-cert y --ca-key van juntos</translation>
    </message>
    <message>
        <source>unknown key type &quot;%1&quot; (rsa4096 or ec-p256)</source>
        <translation>tipo de clave desconocido «%1» (rsa4096 o ec-p256)</translation>
    </message>
    <message>
        <source>--days must be between 1 and 3650</source>
        <translation>--days debe estar entre 1 y 3650</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLÓ</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Diario: %1</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Dry run: nothing will be changed.</source>
        <translation>Simulación: no se cambiará nada.</translation>
    </message>
    <message>
        <source>Applying.</source>
        <translation>Aplicando.</translation>
    </message>
    <message>
        <source>Reading namespace %1…</source>
        <translation>Leyendo el espacio de nombres %1…</translation>
    </message>
    <message>
        <source>Generating keys and certificates…</source>
        <translation>Generando claves y certificados…</translation>
    </message>
    <message>
        <source>CA: %1 (serial %2)</source>
        <translation>CA: %1 (número de serie %2)</translation>
    </message>
    <message>
        <source>Secret %1 (%2): serial %3, %4 days left → new serial %5, valid until %6</source>
        <translation>Secret %1 (%2): número de serie %3, quedan %4 días → número de serie nuevo %5, válido hasta %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>name the datastores with --datastore, or give --all (not both)</source>
        <translation>indique los almacenes con --datastore, o dé --all (no ambos)</translation>
    </message>
    <message>
        <source>cannot read the passphrase file %1: %2</source>
        <translation>no se puede leer el fichero de la frase de paso %1: %2</translation>
    </message>
    <message>
        <source>Passphrase for the recovery record: </source>
        <translation>Frase de paso para el registro de recuperación: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Otra vez: </translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>las dos frases de paso no coinciden</translation>
    </message>
    <message>
        <source>a recovery passphrase is needed (--recovery-passphrase-file): until the Secret holds the new password, only the encrypted recovery record does</source>
        <translation>se necesita una frase de paso de recuperación (--recovery-passphrase-file): hasta que el Secret contenga la contraseña nueva, solo la contiene el registro de recuperación cifrado</translation>
    </message>
    <message>
        <source>warning: the scan is not kept in the history: %1</source>
        <translation>aviso: el análisis no se guarda en el historial: %1</translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>error: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>grade %1 (%2) is below %3</source>
        <translation>la calificación %1 (%2) es inferior a %3</translation>
    </message>
    <message>
        <source>warning: no journal: %1</source>
        <translation>aviso: sin diario: %1</translation>
    </message>
    <message>
        <source>journal: %1</source>
        <translation>diario: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>omitido: %1</translation>
    </message>
    <message>
        <source>Rotate these passwords now? [y/N] </source>
        <translation>¿Rotar estas contraseñas ahora? [s/N] </translation>
    </message>
    <message>
        <source>error: the rollback did not complete; the journal and the messages above say what is left</source>
        <translation>error: la reversión no se completó; el diario y los mensajes anteriores dicen lo que queda</translation>
    </message>
    <message>
        <source>List the operations that did not finish; resume, roll back or abandon one</source>
        <translation>Muestra las operaciones que no terminaron; reanudar, revertir o abandonar una</translation>
    </message>
    <message>
        <source>error: no terminal to confirm on: give --yes to %1 without confirmation</source>
        <translation>error: no hay terminal en el que confirmar: indique --yes para %1 sin confirmación</translation>
    </message>
    <message numerus="yes">
        <source>note: %n operation(s) did not finish; see &quot;proofer operations&quot;</source>
        <translation>
            <numerusform>nota: %n operación(es) no terminaron; vea &quot;proofer operations&quot;</numerusform>
            <numerusform>nota: %n operación(es) no terminaron; vea &quot;proofer operations&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>started %1, process %2</source>
        <translation>iniciada %1, proceso %2</translation>
    </message>
    <message>
        <source>still running elsewhere</source>
        <translation>aún en ejecución en otro lugar</translation>
    </message>
    <message>
        <source>can: %1</source>
        <translation>se puede: %1</translation>
    </message>
    <message>
        <source>no resume: %1</source>
        <translation>sin reanudar: %1</translation>
    </message>
    <message>
        <source>no rollback: %1</source>
        <translation>sin revertir: %1</translation>
    </message>
    <message>
        <source>No unfinished operations in %1.</source>
        <translation>No hay operaciones sin terminar en %1.</translation>
    </message>
    <message>
        <source>Use &quot;proofer operations resume|rollback|abandon &lt;journal&gt;&quot;.</source>
        <translation>Use &quot;proofer operations resume|rollback|abandon &lt;diario&gt;&quot;.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (list, resume, rollback or abandon)</source>
        <translation>acción desconocida &quot;%1&quot; (list, resume, rollback o abandon)</translation>
    </message>
    <message>
        <source>%1 needs one journal</source>
        <translation>%1 necesita un diario</translation>
    </message>
    <message>
        <source>no journal &quot;%1&quot; (give a path or a file name in %2)</source>
        <translation>no hay ningún diario &quot;%1&quot; (indique una ruta o un nombre de archivo en %2)</translation>
    </message>
    <message>
        <source>error: the run of %1 has ended: there is nothing to %2</source>
        <translation>error: la ejecución de %1 ha terminado: no hay nada que %2</translation>
    </message>
    <message>
        <source>error: it is running elsewhere (process %1 is alive); nothing was done</source>
        <translation>error: se está ejecutando en otro lugar (el proceso %1 sigue vivo); no se ha hecho nada</translation>
    </message>
    <message>
        <source>error: it cannot be resumed: %1</source>
        <translation>error: no se puede reanudar: %1</translation>
    </message>
    <message>
        <source>error: it cannot be rolled back: %1</source>
        <translation>error: no se puede revertir: %1</translation>
    </message>
    <message>
        <source>Mark this run abandoned? What it applied stays as it is. [y/N] </source>
        <translation>¿Marcar esta ejecución como abandonada? Lo que aplicó se queda como está. [s/N] </translation>
    </message>
    <message>
        <source>Marked abandoned: %1</source>
        <translation>Marcada como abandonada: %1</translation>
    </message>
    <message>
        <source>the journal is for namespace %1, not %2</source>
        <translation>el diario es del espacio de nombres %1, no de %2</translation>
    </message>
    <message>
        <source>Passphrase of the recovery records: </source>
        <translation>Frase de los registros de recuperación: </translation>
    </message>
    <message>
        <source>the recovery passphrase is needed (--recovery-passphrase-file): the passwords are only in the encrypted recovery records</source>
        <translation>hace falta la frase de recuperación (--recovery-passphrase-file): las contraseñas solo están en los registros de recuperación cifrados</translation>
    </message>
    <message>
        <source>Resume this run? [y/N] </source>
        <translation>¿Reanudar esta ejecución? [s/N] </translation>
    </message>
    <message>
        <source>Roll this run back? [y/N] </source>
        <translation>¿Revertir esta ejecución? [s/N] </translation>
    </message>
    <message>
        <source>Making the plan again from the journal…</source>
        <translation>Rehaciendo el plan a partir del diario…</translation>
    </message>
    <message>
        <source>renew</source>
        <translation>renovar</translation>
    </message>
    <message>
        <source>Apply this plan? [y/N] </source>
        <translation>¿Aplicar este plan? [s/N] </translation>
    </message>
    <message>
        <source>rotate</source>
        <translation>rotar</translation>
    </message>
    <message>
        <source>error: %1 and %2 are scans of different scopes: %3, and %4 (give --force to diff them anyway)</source>
        <translation>error: %1 y %2 son análisis de ámbitos distintos: %3 y %4 (indique --force para compararlos de todos modos)</translation>
    </message>
    <message>
        <source>no grade (%1): --fail-under %2 fails</source>
        <translation>sin calificación (%1): --fail-under %2 falla</translation>
    </message>
    <message>
        <source>nothing to grade: %1</source>
        <translation>nada que calificar: %1</translation>
    </message>
    <message>
        <source>no datastore could be reached</source>
        <translation>no se pudo alcanzar ningún almacén de datos</translation>
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
        <translation>Uso: proofer backup [--kubeconfig ARCHIVO] [--context NOMBRE] [--namespace NS] (--datastore NOMBRE... | --all)
                    --out-dir DIR (--recipient HUELLA | --passphrase-file ARCHIVO) [--sign-key HUELLA]
                    [--dry-run]
     proofer backup --targets ARCHIVO (--datastore NOMBRE... | --all) --out-dir DIR ...
     proofer backup --retention --out-dir DIR [--prune --yes]

Hace copias de seguridad de bases de datos PostgreSQL: pg_dump | gzip | gpg en DIR como
&lt;database&gt;_&lt;datastore&gt;_&lt;yyyyMMdd&gt;T&lt;HHmmss&gt;Z.sql.gz.gpg (UTC). Un volcado que falla no deja ningún fichero.
Cada copia se descifra y se comprueba tras escribirse cuando esta máquina puede hacerlo (frase de contraseña,
o la clave secreta del destinatario en el anillo de claves). La ejecución se detiene en el primer fallo; las
copias ya escritas se conservan.

Opciones:
  --kubeconfig ARCHIVO     kubeconfig que usar (por defecto: $KUBECONFIG, después ~/.kube/config)
  --context NOMBRE         contexto que usar (por defecto: el contexto actual)
  -n, --namespace NS       namespace (por defecto: el del contexto)
  --targets ARCHIVO        los almacenes de datos de este fichero YAML en lugar de un clúster
  --datastore NOMBRE       un almacén de datos PostgreSQL que copiar (repetible, o separados por comas)
  --all                    todos los almacenes de datos PostgreSQL
  --out-dir DIR            dónde van las copias de seguridad
  --recipient HUELLA       cifrar para esta clave pública del anillo de claves
  --passphrase-file ARCHIVO  cifrar con la frase de contraseña de ARCHIVO (modo 0600, primera línea)
  --sign-key HUELLA        firmar con esta clave secreta del anillo de claves (la suya): así una restauración
                           le nombra como firmante y rechaza lo que no está firmado
  --dry-run                comprobar herramientas, directorio, clave e inicios de sesión; no escribir nada
  --retention              mostrar lo que la política de retención conserva y elimina en --out-dir
                           (diarias 30 días, semanales 90, mensuales 1 año)
  --prune                  con --retention y --yes: borrar lo que la política elimina
  --yes                    confirmar --prune
  -h, --help               mostrar esta ayuda

Estado de salida: 0 hecho, 1 falló una copia, 2 uso incorrecto, 3 no se pudo alcanzar el clúster o el almacén de datos.
</translation>
    </message>
    <message>
        <source>Print the shell completion script for bash, zsh or fish</source>
        <translation>Imprime el script de autocompletado de la shell para bash, zsh o fish</translation>
    </message>
    <message>
        <source>proofer: no display: use a subcommand, e.g. `proofer scan` (&quot;proofer --help&quot; lists them)</source>
        <translation>proofer: no hay pantalla: use un subcomando, p. ej. `proofer scan` (&quot;proofer --help&quot; los lista)</translation>
    </message>
    <message>
        <source>proofer: unknown option &quot;%1&quot;</source>
        <translation>proofer: opción desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>proofer %1: %2</source>
        <translation>proofer %1: %2</translation>
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
        <translation>Uso: proofer completion bash|zsh|fish

Imprime el script de autocompletado de la shell: órdenes, sus opciones y los valores de --output (formatos),
--fail-on (severidades), --fail-under (notas), --context (los contextos del kubeconfig) y las opciones de fichero.

Comandos:
  bash                  source &lt;(proofer completion bash), p. ej. en ~/.bashrc
  zsh                   source &lt;(proofer completion zsh), p. ej. en ~/.zshrc (después de compinit)
  fish                  proofer completion fish &gt; ~/.config/fish/completions/proofer.fish

Opciones:
  -h, --help            mostrar esta ayuda

El paquete instala los scripts donde cada shell los busca.
Estado de salida: 0 éxito, 2 uso incorrecto.
</translation>
    </message>
    <message>
        <source>--list takes &quot;contexts&quot;</source>
        <translation>--list admite &quot;contexts&quot;</translation>
    </message>
    <message>
        <source>give one shell: bash, zsh or fish</source>
        <translation>indique una shell: bash, zsh o fish</translation>
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
        <translation>Uso: proofer history [--scope ÁMBITO] [--limit N] [-o text|json]
     proofer history diff [A B] [--scope ÁMBITO] [--force] [-o text|json]

Lista las calificaciones de análisis anteriores, de más reciente a más antiguo: #1 es el último.
&quot;diff&quot; compara el análisis A (el más antiguo) con el análisis B (el más reciente): los hallazgos
nuevos en B, los corregidos desde A (por almacén de datos e id de hallazgo) y el cambio de calificación.
de la lista o rutas a ficheros JSON de instantáneas (proofer scan -o json); sin ellos: 2 1.
sin ellos: 2 1. Los análisis de ámbitos distintos (espacio de nombres o fichero de destinos, contexto,
clúster) no se comparan salvo que se indique --force.

Opciones:
  --scope ÁMBITO        solo los análisis de este namespace, fichero de destinos o contexto
  --limit N             listar como mucho N análisis (por defecto: 20; 0: todos)
  --force               comparar dos análisis aunque sus ámbitos difieran
  -o, --output FORMATO  text o json (por defecto: text; --format FORMATO es lo mismo)
  -h, --help            mostrar esta ayuda

Cada &quot;proofer scan&quot; guarda su instantánea auditada en %1
(las %2 más recientes, ninguna de más de %3 días); &quot;proofer scan --no-history&quot; no guarda nada.

Estado de salida: 0 correcto, 2 uso incorrecto, una instantánea que no se puede leer o ámbitos que difieren.
</translation>
    </message>
    <message>
        <source>text (default) or json (--format is the same)</source>
        <translation>text (predeterminado) o json (--format es lo mismo)</translation>
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
        <translation>Uso: proofer operations [list] [--journal-dir DIR]
       proofer operations resume|rollback DIARIO [--kubeconfig ARCHIVO] [--context NOMBRE] [--yes]
                          [--recovery-passphrase-file ARCHIVO]
       proofer operations abandon DIARIO [--yes]

Muestra las operaciones que no terminaron (Proofer o la máquina se detuvo mientras se ejecutaban) a
partir de sus diarios: qué, cuándo, hasta dónde y si el proceso que las ejecutaba sigue vivo (entonces
se está ejecutando en otro lugar y no se le puede hacer nada). resume continúa desde el primer paso no
aplicado; rollback deshace los pasos que se aplicaron; abandon marca el diario como terminado sin
cambiar nada (lo que quede es entonces asunto suyo). DIARIO es una ruta o un nombre de archivo en
la carpeta de diarios.

Opciones:
  --kubeconfig ARCHIVO            kubeconfig que usar (por defecto: $KUBECONFIG, luego ~/.kube/config)
  --context NOMBRE                contexto que usar (por defecto: el contexto actual)
  -n, --namespace NS              si se indica, debe ser el namespace del diario
  --journal-dir DIR               la carpeta de diarios (por defecto: la de Proofer)
  --recovery-passphrase-file ARCHIVO  rotate-password: la frase de sus registros de recuperación
                                  (primera línea); sin ella, se pide en el terminal
  -y, --yes                       no pedir confirmación (obligatorio sin terminal)
  -h, --help                      mostrar esta ayuda

Estado de salida: list: 0 nada sin terminar, 1 hay alguna. resume/rollback: 0 terminada, 1 la ejecución
reanudada falló y se revirtió, 2 uso incorrecto o rechazado, 3 no se pudo contactar con el clúster, 4 la
reversión falló. abandon: 0 hecho, 2 rechazado.
</translation>
    </message>
    <message>
        <source>unknown output format &quot;%1&quot; (%2)</source>
        <translation>formato de salida desconocido &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>-o/--output takes a format (%1), not a file: to write to &quot;%2&quot;, use --output-file %2</source>
        <translation>-o/--output admite un formato (%1), no un fichero: para escribir en &quot;%2&quot;, use --output-file %2</translation>
    </message>
    <message>
        <source>-o/--output takes a format (%1), not a file: to write to &quot;%2&quot;, redirect standard output (&gt; %2)</source>
        <translation>-o/--output admite un formato (%1), no un fichero: para escribir en &quot;%2&quot;, redirija la salida estándar (&gt; %2)</translation>
    </message>
    <message>
        <source>--format %1 and -o/--output %2 name two formats: give one</source>
        <translation>--format %1 y -o/--output %2 nombran dos formatos: indique uno</translation>
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
        <translation>Uso: proofer renew-certs [--kubeconfig ARCHIVO] [--context NOMBRE] [--namespace NS]
                          [--datastore NOMBRE...] (--new-ca | --ca-cert ARCHIVO --ca-key ARCHIVO) [opciones]

Renueva los certificados TLS de los almacenes de datos: una clave nueva y un certificado para cada nombre
DNS del Service (y los nombres que tiene el certificado actual), firmado por una CA nueva (10 años) o una
existente, comprobado (clave, cadena, nombres), escrito en los Secrets TLS con una precondición de
resourceVersion, los almacenes reiniciados y un handshake en vivo que comprueba que cada uno sirve el número
de serie nuevo. Si algo falla se restauran los datos anteriores del Secret y se reinician de nuevo.

Opciones:
  --kubeconfig ARCHIVO    kubeconfig que usar (por defecto: $KUBECONFIG, después ~/.kube/config)
  --context NOMBRE        contexto que usar (por defecto: el contexto actual)
  -n, --namespace NS      namespace (por defecto: el del contexto)
  --datastore NOMBRE      un almacén que renovar (repetible; por defecto: todos los que tienen TLS)
  --new-ca                crear una CA nueva (10 años) y firmar con ella
  --ca-cert ARCHIVO       firmar con este certificado de CA existente (PEM)...
  --ca-key ARCHIVO        ...y su clave privada (PEM)
  --key-type TIPO         rsa4096 (por defecto) o ec-p256
  --days N                validez de los certificados de servidor (por defecto: 1095, 3 años)
  --out-dir DIR           dónde se escriben las claves y certificados nuevos, modo 0600
                          (por defecto: una carpeta nueva en la carpeta de datos de Proofer)
  --journal-dir DIR       dónde va el diario (por defecto: la carpeta de diarios de Proofer)
  --dry-run               mostrar el plan y las vistas previas, comprobar las precondiciones, no cambiar nada
  -y, --yes               no pedir confirmación (obligatorio sin terminal)
  -h, --help              mostrar esta ayuda

Estado de salida: 0 renovado (o una simulación sin problemas), 1 falló y se revirtió (o la simulación
encontró problemas), 2 uso incorrecto, 3 no se pudo alcanzar el clúster, 4 la reversión falló (vea el diario).
</translation>
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
        <translation>Uso: proofer rotate-password [--kubeconfig ARCHIVO] [--context NOMBRE] [--namespace NS]
                             (--datastore NOMBRE... | --all) [opciones]

Rota las contraseñas de almacenes de datos PostgreSQL y Redis: una contraseña nueva de 32 caracteres del
CSPRNG del sistema, ALTER ROLE con un verificador SCRAM calculado aquí (la contraseña nunca llega al
servidor ni a su log), el Secret de credenciales modificado con una precondición de resourceVersion y
anotado con la hora de la rotación, las cargas de trabajo que lo usan reiniciadas, y un inicio de sesión real con la
contraseña nueva con verify-full. Cualquier fallo restaura la contraseña anterior. No se imprime ninguna contraseña.

Opciones:
  --kubeconfig ARCHIVO            kubeconfig que usar (por defecto: $KUBECONFIG, luego ~/.kube/config)
  --context NOMBRE                contexto que usar (por defecto: el contexto actual)
  -n, --namespace NS              namespace (por defecto: el del contexto)
  --datastore NOMBRE              un almacén de datos que rotar (repetible)
  --all                           todos los PostgreSQL y Redis del namespace
  --dry-run                       comprobarlo todo, no cambiar nada
  -y, --yes                       no pedir confirmación (obligatorio sin terminal)
  --recovery-passphrase-file ARCHIVO frase de contraseña que cifra el registro de recuperación (primera línea);
                                  sin ella, se pide en el terminal
  --recovery-dir DIR              dónde van los registros de recuperación (por defecto: el directorio de datos de la aplicación)
  --journal-dir DIR               dónde va el diario (por defecto: el directorio de datos de la aplicación)
  --timeout SEGUNDOS              tiempo de espera de conexión por inicio de sesión (por defecto: 20)
  -h, --help                      mostrar esta ayuda

Estado de salida: 0 rotada (o el ensayo pasó), 1 falló y se deshizo, 2 uso incorrecto,
3 no se pudo alcanzar el clúster o un almacén de datos (nada cambió), 4 falló la vuelta atrás.
</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) at or above %1 (--fail-on): %2</source>
        <translation>
            <numerusform>%n hallazgo de severidad %1 o mayor (--fail-on): %2</numerusform>
            <numerusform>%n hallazgos de severidad %1 o mayor (--fail-on): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>-o %1 writes a binary file: give --output-file FILE or redirect standard output</source>
        <translation>-o %1 escribe un fichero binario: indique --output-file FICHERO o redirija la salida estándar</translation>
    </message>
    <message>
        <source>--fail-on takes a severity (critical, high, medium, low or info), not &quot;%1&quot;</source>
        <translation>--fail-on admite una severidad (critical, high, medium, low o info), no &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Probing %n datastore(s)…</source>
        <translation>
            <numerusform>Sondeando %n almacén de datos…</numerusform>
            <numerusform>Sondeando %n almacenes de datos…</numerusform>
        </translation>
    </message>
    <message>
        <source>not reached: %1</source>
        <translation>no alcanzado: %1</translation>
    </message>
    <message>
        <source>reached, TLS on</source>
        <translation>alcanzado, TLS activado</translation>
    </message>
    <message>
        <source>reached, TLS off</source>
        <translation>alcanzado, TLS desactivado</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>alcanzado</translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n datastore(s) in %1 s: %2 not reached, findings: %3, fleet grade: %4</source>
        <translation>
            <numerusform>Analizado %n almacén de datos en %1 s: %2 no alcanzados, hallazgos: %3, nota de la flota: %4</numerusform>
            <numerusform>Analizados %n almacenes de datos en %1 s: %2 no alcanzados, hallazgos: %3, nota de la flota: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>--verbose takes a level from 0 to 3, not &quot;%1&quot;</source>
        <translation>--verbose admite un nivel de 0 a 3, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>log more on standard error: -v Proofer&apos;s warnings, -vv its debug
%1messages and Qt&apos;s warnings, -vvv everything (or --verbose=N);
%1QT_LOGGING_RULES, when set, decides instead</source>
        <translation>registra más en la salida de errores: -v los avisos de Proofer, -vv sus mensajes
%1de depuración y los avisos de Qt, -vvv todo (o --verbose=N);
%1si QT_LOGGING_RULES está definida, decide ella</translation>
    </message>
    <message>
        <source>print only errors on standard error</source>
        <translation>imprime solo los errores en la salida de errores</translation>
    </message>
    <message>
        <source>Every command takes -q (errors only) and -v, -vv or -vvv (log output on standard error).</source>
        <translation>Todas las órdenes admiten -q (solo errores) y -v, -vv o -vvv (registro en la salida de errores).</translation>
    </message>
    <message>
        <source>security console for the datastores of a Kubernetes namespace</source>
        <translation>consola de seguridad para los almacenes de datos de un espacio de nombres de Kubernetes</translation>
    </message>
    <message>
        <source>Scan on an interval and serve the results to Prometheus (/metrics)</source>
        <translation>Analizar a intervalos y servir los resultados a Prometheus (/metrics)</translation>
    </message>
    <message>
        <source>--in-cluster cannot be combined with --kubeconfig, --context or --targets</source>
        <translation>--in-cluster no se puede combinar con --kubeconfig, --context ni --targets</translation>
    </message>
    <message>
        <source>--backup-location needs a directory</source>
        <translation>--backup-location necesita un directorio</translation>
    </message>
    <message>
        <source>--backup-location %1: no such directory</source>
        <translation>--backup-location %1: no existe ese directorio</translation>
    </message>
    <message>
        <source>--policy needs a file</source>
        <translation>--policy necesita un fichero</translation>
    </message>
    <message numerus="yes">
        <source> (%n accepted risk(s) not counted)</source>
        <translation>
            <numerusform> (%n riesgo aceptado no contado)</numerusform>
            <numerusform> (%n riesgos aceptados no contados)</numerusform>
        </translation>
    </message>
    <message>
        <source>the scan did not end within %1 minutes and was cancelled</source>
        <translation>el análisis no terminó en %1 minutos y se canceló</translation>
    </message>
    <message>
        <source>scan %1 ended at %2</source>
        <translation>el análisis %1 terminó a las %2</translation>
    </message>
    <message>
        <source>scan %1 failed: %2</source>
        <translation>el análisis %1 falló: %2</translation>
    </message>
    <message>
        <source>proofer serve: scan %1 failed after %2 s: %3</source>
        <translation>proofer serve: el análisis %1 falló tras %2 s: %3</translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation>ninguna (%1)</translation>
    </message>
    <message numerus="yes">
        <source>proofer serve: scan %1 ended in %2 s: grade %3, %n datastore(s), %4 not reached</source>
        <translation>
            <numerusform>proofer serve: el análisis %1 terminó en %2 s: calificación %3, %n almacén de datos, %4 no alcanzados</numerusform>
            <numerusform>proofer serve: el análisis %1 terminó en %2 s: calificación %3, %n almacenes de datos, %4 no alcanzados</numerusform>
        </translation>
    </message>
    <message>
        <source>--interval takes a duration from 10s to 24h (e.g. 30s, 5m, 1h), not &quot;%1&quot;</source>
        <translation>--interval admite una duración de 10s a 24h (p. ej. 30s, 5m, 1h), no «%1»</translation>
    </message>
    <message>
        <source>the targets of %1</source>
        <translation>los destinos de %1</translation>
    </message>
    <message>
        <source>namespace %1 as the pod&apos;s ServiceAccount</source>
        <translation>el espacio de nombres %1 como la ServiceAccount del pod</translation>
    </message>
    <message>
        <source>namespace %1 of context %2</source>
        <translation>el espacio de nombres %1 del contexto %2</translation>
    </message>
    <message>
        <source>the first scan has not ended yet</source>
        <translation>el primer análisis aún no ha terminado</translation>
    </message>
    <message>
        <source>cannot watch for signals: %1</source>
        <translation>no se pueden vigilar las señales: %1</translation>
    </message>
    <message>
        <source>proofer serve: listening on http://%1:%2/metrics; scanning %3 every %4</source>
        <translation>proofer serve: escuchando en http://%1:%2/metrics; analizando %3 cada %4</translation>
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
        <translation>Uso: proofer restore [--kubeconfig ARCHIVO] [--context NOMBRE] [--namespace NS] | [--targets ARCHIVO]
                     --datastore NOMBRE --file COPIA.sql.gz.gpg [--passphrase-file ARCHIVO]
                     [--allow-unsigned] (--dry-run | --yes)

Descifra la copia de seguridad (antes que nada se comprueban su integridad y su firma: una copia sin
firmar, o firmada por una clave que su anillo de claves no tiene por válida, se rechaza sin
--allow-unsigned), descomprime y comprueba el volcado (su base de datos; nada que salga de la
base de datos provisional: roles, bases de datos, tablespaces, ALTER SYSTEM, COPY … PROGRAM, ficheros del servidor,
cambios de rol, LOAD, extensiones fuera de una lista permitida, bloques DO, metacomandos de psql), lo restaura
en una base de datos provisional nueva en una sola transacción que solo se conserva si nada fuera de esa
base de datos cambió (si su usuario puede modificar roles, como un rol creado para la restauración que no puede,
eliminado al terminar), y compara tablas y recuentos de filas. Con --yes después intercambia: la base de datos
en uso pasa a llamarse &lt;db&gt;_previous_&lt;hora&gt; (se conserva hasta que usted la borre) y la copia restaurada toma
su nombre. Con --dry-run la base de datos provisional se borra de nuevo: nada en uso cambia.

Opciones:
  --kubeconfig ARCHIVO     kubeconfig que usar (por defecto: $KUBECONFIG, después ~/.kube/config)
  --context NOMBRE         contexto que usar (por defecto: el contexto actual)
  -n, --namespace NS       namespace (por defecto: el del contexto)
  --targets ARCHIVO        el almacén de datos de este fichero YAML en lugar de un clúster
  --datastore NOMBRE       el almacén de datos PostgreSQL en el que restaurar
  --database NOMBRE        la base de datos (por defecto: la del almacén de datos)
  --file ARCHIVO           la copia de seguridad cifrada
  --passphrase-file ARCHIVO  su frase de contraseña, o la de su clave secreta (modo 0600)
  --allow-unsigned         restaurar una copia no firmada por una clave que su anillo tenga por válida
                           (una firma incorrecta se rechaza igualmente)
  --dry-run                ensayarlo todo en una copia provisional y borrarla
  --yes                    restaurar e intercambiar
  -h, --help               mostrar esta ayuda

Estado de salida: 0 hecho, 1 falló (y se deshizo), 2 uso incorrecto, 3 inalcanzable.
</translation>
    </message>
    <message>
        <source>The dump ran as role %1.
</source>
        <translation>El volcado se ejecutó como el rol %1.
</translation>
    </message>
    <message>
        <source>proofer-cli: a subcommand is needed, e.g. `proofer-cli scan` (&quot;proofer-cli --help&quot; lists them); the console window is in the proofer package</source>
        <translation>proofer-cli: hace falta un subcomando, p. ej. `proofer-cli scan` (&quot;proofer-cli --help&quot; los lista); la ventana de la consola está en el paquete proofer</translation>
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
        <translation>Uso: proofer scan [--kubeconfig ARCHIVO] [--context NOMBRE] [-n NS] [opciones]
     proofer scan --in-cluster [-n NS] [opciones]
     proofer scan --targets ARCHIVO [opciones]

Sondea en vivo por TLS cada PostgreSQL, Redis y RabbitMQ de un espacio de nombres (a través de redirecciones de puerto o,
dentro de un pod, a través de sus Services), o los almacenes de datos de un fichero de destinos, e imprime lo que
observó.

Opciones:
  --kubeconfig ARCHIVO  kubeconfig que usar (por defecto: $KUBECONFIG, después ~/.kube/config)
  --context NOMBRE      contexto que usar (por defecto: el contexto actual)
  -n, --namespace NS    namespace que analizar (por defecto: el del contexto)
  --targets ARCHIVO     analizar los almacenes de datos de este fichero YAML en lugar de un clúster
  --in-cluster          conectar como la ServiceAccount del pod (lo predeterminado en un pod si no existe
                        ningún kubeconfig; docs/in-cluster.md)
  -o, --output FORMATO  qué escribir (por defecto: text; --format FORMATO es lo mismo):
%1  --output-file ARCHIVO escribirlo en ARCHIVO en lugar de la salida estándar (pdf lo necesita salvo que la
                        salida estándar esté redirigida)
  --concurrency N       almacenes de datos sondeados a la vez (por defecto: 8)
  --timeout SEGUNDOS    tiempo de espera de conexión por paso (por defecto: 10)
  --fail-under NOTA     salir con 1 si la nota de la flota es inferior (p. ej. B-), o si no hay nota
  --fail-on SEVERIDAD   salir con 1 si un hallazgo es al menos así de grave (critical, high, medium, low
                        o info); con --fail-under, cualquiera de los dos umbrales hace fallar el análisis;
                        los hallazgos que la política acepta (hasta que caducan) no hacen fallar ninguno
  --policy ARCHIVO      la política que califica el análisis: umbrales del perfil, hechos declarados,
                        riesgos aceptados (docs/policy.md); predeterminado: $PROOFER_POLICY, después
                        ./.proofer.yaml, después $XDG_CONFIG_HOME/proofer/policy.yaml, si no la integrada
  --no-history          no guardar este análisis en el historial (vea &quot;proofer history&quot;)
  --publish configmap[/NOMBRE]
                        escribe también la instantánea (el JSON de -o json) en el ConfigMap NOMBRE (por
                        defecto proofer-snapshot) del espacio de nombres analizado, guardando las anteriores
                        como NOMBRE-&lt;hora&gt; (docs/in-cluster.md)
  --publish-keep N      cuántas instantáneas anteriores guarda --publish (por defecto: 10; 0: ninguna)
  --backup-location DIR un directorio donde el script de copias de la plataforma escribe
                        &lt;db&gt;_&lt;name&gt;_&lt;timestamp&gt;.sql.gz.gpg: sus ficheros cifrados cuentan como copias
                        (vistas, no descifradas) junto a las de Proofer; repetible. pvc/NOMBRE:/RUTA es
                        RUTA en el PVC NOMBRE del espacio de nombres, listada en un pod en marcha que lo
                        monta (kubectl exec: find, stat, head; RBAC create en pods/exec)
  --thorough            repite todas las observaciones (versiones TLS, texto plano), incluso donde la última
                        podría reutilizarse: la huella de su almacén de datos no ha cambiado y tiene
                        más reciente que el TTL de la política, 24 h por defecto (docs/probing.md)
  --no-progress         sin progreso en la salida de errores (solo se muestra en un terminal); el informe
                        de texto va en color en un terminal salvo que NO_COLOR esté definida
  -h, --help            mostrar esta ayuda

Estado de salida: 0 el análisis se ejecutó (encontrara lo que encontrara), 1 falló una barrera (--fail-under, --fail-on), 2 uso
o configuración incorrectos, 3 no se pudo alcanzar el clúster ni ningún almacén de datos, o el ámbito no contiene
ningún almacén de datos (nada que calificar), o no se pudo publicar la instantánea.
</translation>
    </message>
    <message>
        <source>error: the snapshot was not published: %1</source>
        <translation>error: la instantánea no se publicó: %1</translation>
    </message>
    <message>
        <source>Published to ConfigMap %1 in namespace %2 (%3, %4 KiB)</source>
        <translation>Publicada en el ConfigMap %1 del espacio de nombres %2 (%3, %4 KiB)</translation>
    </message>
    <message>
        <source>; kept as %1</source>
        <translation>; guardada como %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n older deleted</source>
        <translation>
            <numerusform>; %n anterior eliminada</numerusform>
            <numerusform>; %n anteriores eliminadas</numerusform>
        </translation>
    </message>
    <message>
        <source>--publish writes to the scanned namespace: it cannot be combined with --targets</source>
        <translation>--publish escribe en el espacio de nombres analizado: no se puede combinar con --targets</translation>
    </message>
    <message>
        <source>--publish-keep must be between 0 and 100</source>
        <translation>--publish-keep debe estar entre 0 y 100</translation>
    </message>
    <message>
        <source>--publish-keep needs --publish</source>
        <translation>--publish-keep necesita --publish</translation>
    </message>
    <message>
        <source>--backup-location %1</source>
        <translation>--backup-location %1</translation>
    </message>
    <message>
        <source>--backup-location %1 is on a PVC: it needs a cluster, not --targets</source>
        <translation>--backup-location %1 está en un PVC: necesita un clúster, no --targets</translation>
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
        <translation>Uso: proofer serve [--listen DIRECCIÓN] [--interval DURACIÓN] [--kubeconfig ARCHIVO] [--context NOMBRE] [-n NS]
     proofer serve --in-cluster [-n NS] [--listen DIRECCIÓN] [--interval DURACIÓN]
     proofer serve --targets ARCHIVO [--listen DIRECCIÓN] [--interval DURACIÓN]

Analiza cada PostgreSQL, Redis y RabbitMQ de un espacio de nombres (o los almacenes de un fichero de destinos)
como hace «proofer scan», de nuevo a intervalos, y sirve a Prometheus lo que halló el último análisis:
  GET /metrics     la calificación de la flota, cada almacén activo o caído, hallazgos abiertos, caducidad
                   de certificados, versiones TLS (docs/in-cluster.md enumera las métricas y reglas de alerta)
  GET /healthz     200 mientras el exportador se ejecuta
  GET /readyz      200 cuando ha terminado el primer análisis
  POST /-/rescan   analizar de nuevo ahora
Se ejecuta hasta Ctrl-C o SIGTERM.

Opciones:
  --listen DIRECCIÓN    DIRECCIÓN:PUERTO en que servir (predeterminado: 127.0.0.1:9187; :9187 escucha en todas
                        las interfaces; el puerto 0 toma uno libre, indicado en la salida de error)
  --interval DURACIÓN   tiempo entre dos análisis: 30s, 5m, 1h (predeterminado: 5m; de 10s a 24h)
  --kubeconfig ARCHIVO  kubeconfig que usar (por defecto: $KUBECONFIG, después ~/.kube/config)
  --context NOMBRE      contexto que usar (por defecto: el contexto actual)
  -n, --namespace NS    namespace que analizar (por defecto: el del contexto)
  --targets ARCHIVO     analizar los almacenes de este fichero YAML en lugar de un clúster (leído de
                        nuevo en cada análisis)
  --in-cluster          conectar como la ServiceAccount del pod (lo predeterminado en un pod si no existe
                        ningún kubeconfig); su token se lee de nuevo en cada petición
  --concurrency N       almacenes de datos sondeados a la vez (por defecto: 8)
  --timeout SEGUNDOS    tiempo de espera de conexión por paso (por defecto: 10)
  --thorough            hacer todas las observaciones en cada análisis, sin reutilizar ninguna (docs/probing.md)
  --policy ARCHIVO      la política que califica cada análisis (docs/policy.md); predeterminado: $PROOFER_POLICY,
                        después ./.proofer.yaml, después $XDG_CONFIG_HOME/proofer/policy.yaml, si no la integrada
  --publish configmap[/NOMBRE]
                        tras cada análisis, escribe su instantánea en el ConfigMap NOMBRE (por defecto
                        proofer-snapshot) del espacio de nombres, como hace &quot;proofer scan --publish&quot;
  --publish-keep N      instantáneas anteriores que --publish guarda como NOMBRE-&lt;hora&gt; (por defecto: 10; 0: ninguna)
  -h, --help            mostrar esta ayuda

Estado de salida: 0 detenido por una señal, 2 uso o configuración incorrectos (no se puede escuchar en la dirección,
no se puede leer el kubeconfig o el fichero de destinos).
</translation>
    </message>
    <message>
        <source>proofer serve: scan %1 was not published: %2</source>
        <translation>proofer serve: el análisis %1 no se publicó: %2</translation>
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
    <name>ComplianceMatrixModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>cumple</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>no cumple</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>no evaluado</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>the fleet</source>
        <translation>la flota</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>%1
Fleet: %2</source>
        <translation>%1
Flota: %2</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>No rule of this control applies here.</source>
        <translation>Ninguna regla de este control se aplica aquí.</translation>
    </message>
    <message>
        <source>Observed %1</source>
        <translation>Observado %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flota</translation>
    </message>
    <message>
        <source>Checked for “%1”: not found</source>
        <translation>Comprobado «%1»: no se encontró</translation>
    </message>
    <message>
        <source>Could not check for “%1”</source>
        <translation>No se pudo comprobar «%1»</translation>
    </message>
    <message>
        <source>Does not apply here: %1</source>
        <translation>No se aplica aquí: %1</translation>
    </message>
    <message>
        <source>%1 if it failed</source>
        <translation>%1 si fallara</translation>
    </message>
    <message>
        <source>Evidence required: %1</source>
        <translation>Evidencia requerida: %1</translation>
    </message>
    <message>
        <source>At best partial: %1</source>
        <translation>Como mucho, parcial: %1</translation>
    </message>
    <message>
        <source>Missing for a pass: %1</source>
        <translation>Falta para cumplir: %1</translation>
    </message>
</context>
<context>
    <name>ComplianceView</name>
    <message>
        <source>F&amp;ramework:</source>
        <translation>&amp;Marco:</translation>
    </message>
    <message>
        <source>Export Evidence Pack…</source>
        <translation>Exportar paquete de evidencias…</translation>
    </message>
    <message>
        <source>Save the auditor&apos;s evidence pack: grade, findings, compliance matrix and certificates, with the hash of the snapshot it came from</source>
        <translation>Guardar el paquete de evidencias para el auditor: nota, hallazgos, matriz de cumplimiento y certificados, con el hash de la instantánea de la que procede</translation>
    </message>
    <message>
        <source>All frameworks</source>
        <translation>Todos los marcos</translation>
    </message>
    <message>
        <source>No scan yet.</source>
        <translation>Aún no hay análisis.</translation>
    </message>
    <message>
        <source>The compliance mappings could not be read: %1</source>
        <translation>No se pudieron leer las correspondencias de cumplimiento: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n control(s): %1 pass, %2 fail, %3 partial, %4 not assessed</source>
        <translation>
            <numerusform>%n control: %1 cumple, %2 fallan, %3 parcial, %4 sin evaluar</numerusform>
            <numerusform>%n controles: %1 cumplen, %2 fallan, %3 parciales, %4 sin evaluar</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a cell to see the control, the rules behind it and their evidence on that datastore.</source>
        <translation>Seleccione una celda para ver el control, las reglas que lo respaldan y su evidencia en ese almacén de datos.</translation>
    </message>
    <message>
        <source>Scan a namespace to see how the fleet meets PCI DSS, GDPR, SOC 2 and the CIS benchmarks.</source>
        <translation>Analice un espacio de nombres para ver cómo cumple la flota PCI DSS, RGPD, SOC 2 y los benchmarks CIS.</translation>
    </message>
    <message>
        <source>Datastore: %1</source>
        <translation>Almacén de datos: %1</translation>
    </message>
    <message>
        <source>Observed %1</source>
        <translation>Observado %1</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flota</translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation>Reglas: %1</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguna registrada</translation>
    </message>
    <message>
        <source>No rule of this control applies to %1.</source>
        <translation>Ninguna regla de este control se aplica a %1.</translation>
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
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observado</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Solución:</translation>
    </message>
    <message>
        <source>HTML evidence pack (*.html)</source>
        <translation>Paquete de evidencias HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF evidence pack (*.pdf)</source>
        <translation>Paquete de evidencias PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Evidence Pack</source>
        <translation>Exportar paquete de evidencias</translation>
    </message>
    <message>
        <source>This build cannot write PDF</source>
        <translation>Esta compilación no puede escribir PDF</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Evidence required:</source>
        <translation>Evidencia requerida:</translation>
    </message>
    <message>
        <source>At best partial:</source>
        <translation>Como mucho, parcial:</translation>
    </message>
    <message>
        <source>Missing for a pass:</source>
        <translation>Falta para cumplir:</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
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
        <source>%1
from %2</source>
        <translation>%1
de %2</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
</context>
<context>
    <name>DeductionsModel</name>
    <message>
        <source>failed check</source>
        <translation>comprobación fallida</translation>
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
    <message>
        <source>capped at %1 while a %2 finding is open</source>
        <translation>limitada a %1 mientras haya un hallazgo %2 abierto</translation>
    </message>
    <message>
        <source>fleet capped at %1 while a Critical finding is open</source>
        <translation>flota limitada a %1 mientras haya un hallazgo crítico abierto</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Usage: proofer demo [options]</source>
        <translation>Uso: proofer demo [opciones]</translation>
    </message>
    <message>
        <source>Starts the demo fleet on 127.0.0.1: PostgreSQL servers and a Redis with TLS from a demo CA, exposed in namespace bakery-ia by an embedded Kubernetes API. Runs until Ctrl-C or SIGTERM, then stops every server.</source>
        <translation>Inicia la flota de demostración en 127.0.0.1: servidores PostgreSQL y un Redis con TLS emitido por una CA de demostración, expuestos en el espacio de nombres bakery-ia mediante una API de Kubernetes integrada. Se ejecuta hasta recibir Ctrl-C o SIGTERM y, después, detiene todos los servidores.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
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
        <source>Leave RabbitMQ out even when rabbitmq-server is installed (starts about 5 s sooner)</source>
        <translation>Excluir RabbitMQ aunque rabbitmq-server esté instalado (arranca unos 5 s antes)</translation>
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
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--instances must be a number from 1 to %1</source>
        <translation>--instances debe ser un número de 1 a %1</translation>
    </message>
    <message>
        <source>unknown scenario &quot;%1&quot; (hardened, reference or before)</source>
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
    <message numerus="yes">
        <source>Demo fleet ready (%1 scenario): %n PostgreSQL server(s) and Redis in namespace %2, started in %3 s.</source>
        <translation>
            <numerusform>Flota de demostración lista (escenario %1): %n servidor PostgreSQL y Redis en el espacio de nombres %2, iniciada en %3 s.</numerusform>
            <numerusform>Flota de demostración lista (escenario %1): %n servidores PostgreSQL y Redis en el espacio de nombres %2, iniciada en %3 s.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Demo fleet ready (%1 scenario): %n PostgreSQL server(s), Redis and RabbitMQ in namespace %2, started in %3 s.</source>
        <translation>
            <numerusform>Flota de demostración lista (escenario %1): %n servidor PostgreSQL, Redis y RabbitMQ en el espacio de nombres %2, iniciada en %3 s.</numerusform>
            <numerusform>Flota de demostración lista (escenario %1): %n servidores PostgreSQL, Redis y RabbitMQ en el espacio de nombres %2, iniciada en %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>With --manifests, the objects are created as kubectl apply creates them (namespace from the object, else --namespace, else default); postgres and redis containers run as real local servers reading what their volumes hold; what is not translated is listed at start. A malformed document exits with status 2.</source>
        <translation>Con --manifests, los objetos se crean como los crea kubectl apply (el espacio de nombres del objeto, si no --namespace, si no default); los contenedores postgres y redis se ejecutan como servidores locales reales que leen lo que contienen sus volúmenes; lo que no se traduce se lista al inicio. Un documento mal formado termina con estado 2.</translation>
    </message>
    <message>
        <source>Run the platform of these Kubernetes manifests instead of a scenario: a file, a directory (read recursively in name order) or - for standard input</source>
        <translation>Ejecuta la plataforma de estos manifiestos de Kubernetes en lugar de un escenario: un fichero, un directorio (leído recursivamente en orden de nombre) o - para la entrada estándar</translation>
    </message>
    <message>
        <source>error: %1 holds no Kubernetes object</source>
        <translation>error: %1 no contiene ningún objeto de Kubernetes</translation>
    </message>
    <message>
        <source>Stopping the demo…</source>
        <translation>Deteniendo la demo…</translation>
    </message>
    <message>
        <source>Demo stopped.</source>
        <translation>Demo detenida.</translation>
    </message>
    <message numerus="yes">
        <source>Demo ready from %1: %n pod(s), started in %2 s.</source>
        <translation>
            <numerusform>Demo lista desde %1: %n pod, arrancado en %2 s.</numerusform>
            <numerusform>Demo lista desde %1: %n pods, arrancados en %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>--manifests runs the manifests&apos; own platform: --scenario, --instances and --no-rabbitmq do not apply</source>
        <translation>--manifests ejecuta la plataforma de los propios manifiestos: --scenario, --instances y --no-rabbitmq no se aplican</translation>
    </message>
    <message>
        <source>--gui opens the console window, which proofer-cli does not have: run `proofer demo --gui` from the proofer package</source>
        <translation>--gui abre la ventana de la consola, que proofer-cli no tiene: ejecute `proofer demo --gui` del paquete proofer</translation>
    </message>
    <message>
        <source>epmd did not start: %1</source>
        <translation>epmd no arrancó: %1</translation>
    </message>
</context>
<context>
    <name>DemoController</name>
    <message>
        <source>Demo fleet ready</source>
        <translation>Flota de demostración lista</translation>
    </message>
    <message>
        <source>Demo fleet stopped</source>
        <translation>Flota de demostración detenida</translation>
    </message>
    <message>
        <source>Starting the demo fleet…</source>
        <translation>Iniciando la flota de demostración…</translation>
    </message>
    <message>
        <source>Stopping the demo fleet…</source>
        <translation>Deteniendo la flota de demostración…</translation>
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
    <message numerus="yes">
        <source>The demo fleet was not ready within %n s: it was stopped.</source>
        <translation>
            <numerusform>La flota de demostración no estaba lista en %n s: se detuvo.</numerusform>
            <numerusform>La flota de demostración no estaba lista en %n s: se detuvo.</numerusform>
        </translation>
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
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>not known: %1</source>
        <translation>desconocido: %1</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Archivo del certificado</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Archivo de la clave</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Archivo de la CA</translation>
    </message>
    <message>
        <source>TLS files</source>
        <translation>Archivos TLS</translation>
    </message>
    <message>
        <source>Where the server&apos;s files come from</source>
        <translation>De dónde vienen los ficheros del servidor</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Nothing Proofer can read names the server&apos;s TLS files</source>
        <translation>Nada de lo que Proofer puede leer nombra los ficheros TLS del servidor</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>no configurado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Copied by</source>
        <translation>Copiado por</translation>
    </message>
    <message>
        <source>init container %1</source>
        <translation>contenedor de inicio %1</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Configured by</source>
        <translation>Configurado por</translation>
    </message>
    <message>
        <source>&amp;Accept Risk…</source>
        <translation>&amp;Aceptar el riesgo…</translation>
    </message>
    <message>
        <source>Accept this finding in a policy file, with a justification, an approver and an expiry: it stays shown, as accepted, and costs no points until then</source>
        <translation>Aceptar este hallazgo en un archivo de política, con una justificación, quien lo aprueba y una caducidad: se sigue mostrando, como aceptado, y no resta puntos hasta entonces</translation>
    </message>
    <message>
        <source>Accept Risk…</source>
        <translation>Aceptar el riesgo…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Findings (%1, %2 accepted)</source>
        <translation>Hallazgos (%1, %2 aceptados)</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>reused from %1 (fingerprint unchanged)</source>
        <translation>reutilizadas de %1 (huella sin cambios)</translation>
    </message>
    <message>
        <source>made in this scan</source>
        <translation>hechas en este análisis</translation>
    </message>
    <message>
        <source>made in this scan: %1</source>
        <translation>hechas en este análisis: %1</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Open Kubeconfig…</source>
        <translation>Abrir kubeconfig…</translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read the events again</source>
        <translation>Leer los eventos de nuevo</translation>
    </message>
    <message>
        <source>No pod or workload to read events of</source>
        <translation>No hay pod ni carga de trabajo de la que leer eventos</translation>
    </message>
    <message>
        <source>Events are read from a cluster: this scan has none</source>
        <translation>Los eventos se leen de un clúster: este análisis no tiene ninguno</translation>
    </message>
    <message>
        <source>Reading events…</source>
        <translation>Leyendo eventos…</translation>
    </message>
    <message>
        <source>%1 (×%2)</source>
        <translation>%1 (×%2)</translation>
    </message>
    <message>
        <source>Events could not be read: %1</source>
        <translation>No se pudieron leer los eventos: %1</translation>
    </message>
    <message>
        <source>No events (the cluster keeps them about an hour)</source>
        <translation>No hay eventos (el clúster los guarda alrededor de una hora)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryTimeline</name>
    <message>
        <source>%1 · CA</source>
        <translation>%1 · CA</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validez</translation>
    </message>
    <message>
        <source>Inside the renewal window</source>
        <translation>Dentro de la ventana de renovación</translation>
    </message>
    <message>
        <source>Expired or under 30 days</source>
        <translation>Caducado o menos de 30 días</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message numerus="yes">
        <source>Renewal line (%n day(s))</source>
        <translation>
            <numerusform>Línea de renovación (%n día)</numerusform>
            <numerusform>Línea de renovación (%n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate expiry</source>
        <translation>Caducidad de los certificados</translation>
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
    <message>
        <source>%1 · accepted</source>
        <translation>%1 · aceptado</translation>
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
        <source>%1: no &quot;datastores:&quot; list</source>
        <translation>%1: no hay ninguna lista «datastores:»</translation>
    </message>
    <message>
        <source>each datastore is a mapping ({name: …, kind: …, host: …})</source>
        <translation>cada almacén de datos es un mapeo ({name: …, kind: …, host: …})</translation>
    </message>
    <message>
        <source>&quot;name&quot;, &quot;kind&quot; and &quot;host&quot; are required</source>
        <translation>«name», «kind» y «host» son obligatorios</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (postgresql, redis or rabbitmq)</source>
        <translation>tipo «%1» desconocido (postgresql, redis o rabbitmq)</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a TCP port</source>
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
        <source>the name &quot;%1&quot; is used twice</source>
        <translation>el nombre «%1» se usa dos veces</translation>
    </message>
    <message>
        <source>%1: the &quot;datastores:&quot; list is empty</source>
        <translation>%1: la lista «datastores:» está vacía</translation>
    </message>
    <message>
        <source>managementPort &quot;%1&quot; is not a TCP port</source>
        <translation>managementPort &quot;%1&quot; no es un puerto TCP</translation>
    </message>
    <message>
        <source>granted to a group of everyone</source>
        <translation>concedido a un grupo que incluye a todos</translation>
    </message>
    <message>
        <source>granted to a default ServiceAccount (every pod that names none)</source>
        <translation>concedido a una ServiceAccount default (todo pod que no nombra ninguna)</translation>
    </message>
    <message>
        <source>granted by a ClusterRoleBinding (every namespace)</source>
        <translation>concedido por un ClusterRoleBinding (todos los namespaces)</translation>
    </message>
    <message>
        <source>a wildcard rule</source>
        <translation>una regla con comodín</translation>
    </message>
    <message>
        <source>every Secret</source>
        <translation>todos los Secrets</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>solo %1</translation>
    </message>
    <message>
        <source>%1 via %2 → %3 (%4 %5)</source>
        <translation>%1 mediante %2 → %3 (%4 %5)</translation>
    </message>
    <message>
        <source>cannot list %1: forbidden (%2)</source>
        <translation>no se puede listar %1: prohibido (%2)</translation>
    </message>
    <message>
        <source>cannot list %1: %2</source>
        <translation>no se puede listar %1: %2</translation>
    </message>
    <message>
        <source>the backup catalog could not be read</source>
        <translation>no se pudo leer el catálogo de copias de seguridad</translation>
    </message>
    <message>
        <source>no sslmode (libpq&apos;s default, prefer, does not verify)</source>
        <translation>sin sslmode (el valor por omisión de libpq, prefer, no verifica)</translation>
    </message>
    <message>
        <source>redis:// (no TLS)</source>
        <translation>redis:// (sin TLS)</translation>
    </message>
    <message>
        <source>rediss:// (ssl_cert_reqs defaults to required)</source>
        <translation>rediss:// (ssl_cert_reqs es required por omisión)</translation>
    </message>
    <message>
        <source>amqp:// (no TLS)</source>
        <translation>amqp:// (sin TLS)</translation>
    </message>
    <message>
        <source>Secret %1 key %2 is not valid base64</source>
        <translation>La clave %2 del Secret %1 no es base64 válido</translation>
    </message>
    <message>
        <source>%1: connected, but Redis never answered</source>
        <translation>%1: conectado, pero Redis nunca respondió</translation>
    </message>
    <message>
        <source>%1: no answer</source>
        <translation>%1: sin respuesta</translation>
    </message>
    <message>
        <source>passwordFile %1 is readable or writable by others: run chmod 600 %1</source>
        <translation>passwordFile %1 lo pueden leer o escribir otros: ejecute chmod 600 %1</translation>
    </message>
    <message>
        <source>the PostgreSQL probe did not log in</source>
        <translation>la sonda de PostgreSQL no inició sesión</translation>
    </message>
    <message>
        <source>Redis never answered</source>
        <translation>Redis nunca respondió</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>no leído</translation>
    </message>
    <message>
        <source>Service %1 is of type %2</source>
        <translation>El Service %1 es de tipo %2</translation>
    </message>
    <message>
        <source>Service %1 is of type %2 (node port %3)</source>
        <translation>El Service %1 es de tipo %2 (puerto de nodo %3)</translation>
    </message>
    <message>
        <source>Service %1 has externalIPs %2</source>
        <translation>El Service %1 tiene externalIPs %2</translation>
    </message>
    <message>
        <source>Ingress %1 routes to Service %2</source>
        <translation>El Ingress %1 enruta al Service %2</translation>
    </message>
    <message>
        <source>pod %1 has no UID</source>
        <translation>el pod %1 no tiene UID</translation>
    </message>
    <message>
        <source>no pod facts were read</source>
        <translation>no se leyó ningún dato del pod</translation>
    </message>
    <message>
        <source>the server&apos;s start and configuration load times were not read</source>
        <translation>no se leyeron las horas de arranque del servidor y de carga de su configuración</translation>
    </message>
    <message>
        <source>INFO server gave no run_id</source>
        <translation>INFO server no dio run_id</translation>
    </message>
    <message>
        <source>%1 was not read</source>
        <translation>%1 no se leyó</translation>
    </message>
    <message>
        <source>a thorough scan observes everything</source>
        <translation>un escaneo exhaustivo lo observa todo</translation>
    </message>
    <message>
        <source>the fingerprint could not be read (%1)</source>
        <translation>no se pudo leer la huella (%1)</translation>
    </message>
    <message>
        <source>no earlier observation</source>
        <translation>ninguna observación anterior</translation>
    </message>
    <message>
        <source>the fingerprint changed: %1</source>
        <translation>la huella cambió: %1</translation>
    </message>
    <message>
        <source>the last observation (%1) is older than %2 h</source>
        <translation>la última observación (%1) tiene más de %2 h</translation>
    </message>
    <message>
        <source>reused (fingerprint unchanged)</source>
        <translation>reutilizada (huella sin cambios)</translation>
    </message>
    <message>
        <source>cannot read the observation cache %1: %2</source>
        <translation>no se puede leer la caché de observaciones %1: %2</translation>
    </message>
    <message>
        <source>the observation cache %1 is larger than %2 MiB: ignored</source>
        <translation>la caché de observaciones %1 ocupa más de %2 MiB: se ignora</translation>
    </message>
    <message>
        <source>the observation cache %1 is damaged (%2): ignored</source>
        <translation>la caché de observaciones %1 está dañada (%2): se ignora</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>cannot write the observation cache %1: %2</source>
        <translation>no se puede escribir la caché de observaciones %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 no es un directorio</translation>
    </message>
    <message>
        <source>%1 cannot be read (permission denied)</source>
        <translation>%1 no se puede leer (permiso denegado)</translation>
    </message>
    <message>
        <source>%1 has more entries than Proofer lists: only the first were looked at</source>
        <translation>%1 tiene más entradas de las que Proofer lista: solo se examinaron las primeras</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a PVC location is written pvc/NAME:/path/in/volume</source>
        <translation>una ubicación en un PVC se escribe pvc/NOMBRE:/ruta/en/el/volumen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PVC name</source>
        <translation>&quot;%1&quot; no es un nombre de PVC</translation>
    </message>
    <message>
        <source>the path in the volume must start with /</source>
        <translation>la ruta en el volumen debe empezar por /</translation>
    </message>
    <message>
        <source>the path holds a control character</source>
        <translation>la ruta contiene un carácter de control</translation>
    </message>
    <message>
        <source>the path may not leave the volume (..)</source>
        <translation>la ruta no puede salir del volumen (..)</translation>
    </message>
    <message>
        <source>no pod mounts PVC %1 (at %2)</source>
        <translation>ningún pod monta el PVC %1 (en %2)</translation>
    </message>
    <message>
        <source>no running pod mounts PVC %1 (%2 not running)</source>
        <translation>ningún pod en marcha monta el PVC %1 (%2 no está en marcha)</translation>
    </message>
    <message>
        <source>%1 on PVC %2 via pod %3</source>
        <translation>%1 en el PVC %2 a través del pod %3</translation>
    </message>
    <message>
        <source>%1 could not be listed in pod %2: %3</source>
        <translation>%1 no se pudo listar en el pod %2: %3</translation>
    </message>
    <message>
        <source>%1: a backup location on a PVC is read in the cluster: this scan has none (--targets)</source>
        <translation>%1: una ubicación de copias en un PVC se lee en el clúster: este análisis no tiene ninguno (--targets)</translation>
    </message>
    <message>
        <source>%1: the pods of namespace %2 could not be listed: %3</source>
        <translation>%1: no se pudieron listar los pods del espacio de nombres %2: %3</translation>
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
        <source>%1: not a PEM certificate</source>
        <translation>%1: no es un certificado PEM</translation>
    </message>
    <message>
        <source>the login ended before the fingerprint was read</source>
        <translation>el inicio de sesión terminó antes de leer la huella</translation>
    </message>
    <message>
        <source>the TLS login failed: %1</source>
        <translation>falló el inicio de sesión TLS: %1</translation>
    </message>
    <message>
        <source>no TLS login read the fingerprint</source>
        <translation>ningún inicio de sesión TLS leyó la huella</translation>
    </message>
    <message>
        <source>a thorough scan observes everything</source>
        <translation>un escaneo exhaustivo lo observa todo</translation>
    </message>
    <message>
        <source>RabbitMQ is observed in every scan</source>
        <translation>RabbitMQ se observa en cada escaneo</translation>
    </message>
    <message>
        <source>the verified login did not come first: everything was observed again</source>
        <translation>el inicio de sesión verificado no llegó primero: se volvió a observar todo</translation>
    </message>
    <message>
        <source>no earlier observation</source>
        <translation>ninguna observación anterior</translation>
    </message>
</context>
<context>
    <name>Fleet::Resolver</name>
    <message>
        <source>Kubernetes default 0644</source>
        <translation>0644 por omisión de Kubernetes</translation>
    </message>
    <message>
        <source>the Secret %1 is not readable or does not exist</source>
        <translation>el Secret %1 no se puede leer o no existe</translation>
    </message>
    <message>
        <source>the ConfigMap %1 is not readable or does not exist</source>
        <translation>el ConfigMap %1 no se puede leer o no existe</translation>
    </message>
    <message>
        <source>the Secret %1 has no key %2</source>
        <translation>el Secret %1 no tiene la clave %2</translation>
    </message>
    <message>
        <source>the ConfigMap %1 has no key %2</source>
        <translation>el ConfigMap %1 no tiene la clave %2</translation>
    </message>
    <message>
        <source>no volume is mounted at %1 in container %2 (the file would come from the image)</source>
        <translation>no hay ningún volumen montado en %1 en el contenedor %2 (el fichero vendría de la imagen)</translation>
    </message>
    <message>
        <source>%1 is mounted with a subPathExpr, which depends on the pod</source>
        <translation>%1 está montado con un subPathExpr, que depende del pod</translation>
    </message>
    <message>
        <source>the mount %1 names a volume %2 the pod does not have</source>
        <translation>el montaje %1 indica un volumen %2 que el pod no tiene</translation>
    </message>
    <message>
        <source>the volume %1 (Secret %2) has nothing at %3</source>
        <translation>el volumen %1 (Secret %2) no tiene nada en %3</translation>
    </message>
    <message>
        <source>the volume %1 (ConfigMap %2) has nothing at %3</source>
        <translation>el volumen %1 (ConfigMap %2) no tiene nada en %3</translation>
    </message>
    <message>
        <source>no source of the projected volume %1 puts a file at %2</source>
        <translation>ninguna fuente del volumen proyectado %1 pone un fichero en %2</translation>
    </message>
    <message>
        <source>%1 is on the emptyDir volume %2 and no init container visibly copies it there</source>
        <translation>%1 está en el volumen emptyDir %2 y ningún contenedor de inicio lo copia allí de forma visible</translation>
    </message>
    <message>
        <source>%1 is on the %2 volume %3, not from a Secret</source>
        <translation>%1 está en el volumen %2 %3, no procede de un Secret</translation>
    </message>
    <message>
        <source>init container %1: install -m %2</source>
        <translation>contenedor de inicio %1: install -m %2</translation>
    </message>
    <message>
        <source>init container %1: chmod %2 %3</source>
        <translation>contenedor de inicio %1: chmod %2 %3</translation>
    </message>
    <message>
        <source>init container %1: chmod %2 (not evaluated)</source>
        <translation>contenedor de inicio %1: chmod %2 (sin evaluar)</translation>
    </message>
    <message>
        <source>init container %1 copies %2 to %3 without a visible chmod: its mode is not known</source>
        <translation>el contenedor de inicio %1 copia %2 en %3 sin un chmod visible: su modo no se conoce</translation>
    </message>
    <message>
        <source>%1 is not set where Proofer can read it (command, args, config files, env)</source>
        <translation>%1 no está establecido donde Proofer puede leerlo (command, args, ficheros de configuración, env)</translation>
    </message>
    <message>
        <source>the container&apos;s command, args and config files do not set ssl_cert_file; the server&apos;s own postgresql.conf (in its data directory) cannot be read from the cluster</source>
        <translation>el command, los args y los ficheros de configuración del contenedor no establecen ssl_cert_file; el propio postgresql.conf del servidor (en su directorio de datos) no se puede leer desde el clúster</translation>
    </message>
    <message>
        <source>the container&apos;s command, args, config files and env do not name the server&apos;s certificate file</source>
        <translation>el command, los args, los ficheros de configuración y el env del contenedor no indican el fichero del certificado del servidor</translation>
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
        <source>appendonly yes, save &quot;%1&quot;</source>
        <translation>appendonly yes, save &quot;%1&quot;</translation>
    </message>
    <message>
        <source>RDB only</source>
        <translation>solo RDB</translation>
    </message>
    <message>
        <source>appendonly no, save &quot;%1&quot;</source>
        <translation>appendonly no, save &quot;%1&quot;</translation>
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
    <message>
        <source>not probed</source>
        <translation>sin sondear</translation>
    </message>
    <message>
        <source>The scan was cancelled before this datastore was probed</source>
        <translation>El análisis se canceló antes de sondear este almacén de datos</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>salida %1</translation>
    </message>
    <message>
        <source>exit %1 %2</source>
        <translation>salida %1 %2</translation>
    </message>
    <message>
        <source>%1: last terminated with exit code %2 (%3)</source>
        <translation>%1: terminó por última vez con código de salida %2 (%3)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>Not reachable now: last observed %1</source>
        <translation>No accesible ahora: observado por última vez %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) (as of %1)</source>
        <translation>
            <numerusform>%n día (a las %1)</numerusform>
            <numerusform>%n días (a las %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1 (a las %2)</translation>
    </message>
    <message>
        <source>✓ No finding from %1</source>
        <translation>✓ Ningún hallazgo de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted by the policy (not counted):</source>
        <translation>
            <numerusform>%n aceptado por la política (no cuenta):</numerusform>
            <numerusform>%n aceptados por la política (no cuentan):</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ %1 (%2), accepted: %3</source>
        <translation>≈ %1 (%2), aceptado: %3</translation>
    </message>
</context>
<context>
    <name>FleetTable</name>
    <message>
        <source>Start the Demo Fleet</source>
        <translation>Iniciar la flota de demostración</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Filter datastores by name, kind or state</source>
        <translation>Filtrar almacenes de datos por nombre, tipo o estado</translation>
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
        <source>No datastore matches “%1”</source>
        <translation>Ningún almacén de datos coincide con «%1»</translation>
    </message>
</context>
<context>
    <name>GradeHistoryChart</name>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Fleet score (0–100) of each kept scan; dashed lines: the A, B, C and D thresholds</source>
        <translation>Puntuación de la flota (0–100) de cada escaneo guardado; líneas discontinuas: los umbrales A, B, C y D</translation>
    </message>
    <message>
        <source>No history yet</source>
        <translation>Aún no hay historial</translation>
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
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>No earlier scan of this scope to compare with.</source>
        <translation>No hay un escaneo anterior de este ámbito con el que comparar.</translation>
    </message>
    <message>
        <source>Since the scan of %1: grade unchanged (%2).</source>
        <translation>Desde el escaneo del %1: nota sin cambios (%2).</translation>
    </message>
    <message>
        <source>Since the scan of %1: grade %2 → %3.</source>
        <translation>Desde el escaneo del %1: nota %2 → %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n new finding(s)</source>
        <translation>
            <numerusform>%n hallazgo nuevo</numerusform>
            <numerusform>%n hallazgos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fixed</source>
        <translation>
            <numerusform>%n corregido</numerusform>
            <numerusform>%n corregidos</numerusform>
        </translation>
    </message>
    <message>
        <source>new: %1 %2 — %3</source>
        <translation>nuevo: %1 %2 — %3</translation>
    </message>
    <message>
        <source>fixed: %1 %2 — %3</source>
        <translation>corregido: %1 %2 — %3</translation>
    </message>
    <message>
        <source>No grade: %1</source>
        <translation>Sin calificación: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted by the policy</source>
        <translation>
            <numerusform>%n aceptado por la política</numerusform>
            <numerusform>%n aceptados por la política</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy: built-in</source>
        <translation>Política: la integrada</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Política: %1</translation>
    </message>
    <message>
        <source>No policy file was found: the built-in profile grades, no risk is accepted (docs/policy.md)</source>
        <translation>No se encontró ningún fichero de política: califica el perfil integrado y no se acepta ningún riesgo (docs/policy.md)</translation>
    </message>
    <message numerus="yes">
        <source>Policy file %1
SHA-256 %2
%n accepted risk(s)</source>
        <translation>
            <numerusform>Fichero de política %1
SHA-256 %2
%n riesgo aceptado</numerusform>
            <numerusform>Fichero de política %1
SHA-256 %2
%n riesgos aceptados</numerusform>
        </translation>
    </message>
    <message>
        <source>Right-click a finding to tick its rule everywhere, or everything on its datastore</source>
        <translation>Haga clic derecho en un hallazgo para marcar su regla en todas partes, o todo en su almacén de datos</translation>
    </message>
    <message>
        <source>Fix This Rule Everywhere</source>
        <translation>Corregir esta regla en todas partes</translation>
    </message>
    <message>
        <source>Fix %1 Everywhere</source>
        <translation>Corregir %1 en todas partes</translation>
    </message>
    <message>
        <source>Fix Everything on This Datastore</source>
        <translation>Corregir todo en este almacén de datos</translation>
    </message>
    <message>
        <source>Fix Everything on %1</source>
        <translation>Corregir todo en %1</translation>
    </message>
    <message>
        <source>Clear the Ticks</source>
        <translation>Quitar las marcas</translation>
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
        <source>no Auth Provider found for name &quot;%1&quot;</source>
        <translation>no se encontró ningún Auth Provider con el nombre «%1»</translation>
    </message>
    <message>
        <source>the oidc auth provider of user &quot;%1&quot; has no id-token; log in with your OIDC helper (for example &quot;kubectl oidc-login&quot;) first: Proofer does not run the OIDC refresh flow</source>
        <translation>el proveedor de autenticación oidc del usuario «%1» no tiene id-token; inicie sesión primero con su asistente de OIDC (por ejemplo, «kubectl oidc-login»): Proofer no ejecuta el flujo de renovación de OIDC</translation>
    </message>
    <message>
        <source>the id-token of the oidc auth provider of user &quot;%1&quot; expired at %2; log in again with your OIDC helper (for example &quot;kubectl oidc-login&quot;): Proofer does not run the OIDC refresh flow</source>
        <translation>el id-token del proveedor de autenticación oidc del usuario «%1» caducó el %2; vuelva a iniciar sesión con su asistente de OIDC (por ejemplo, «kubectl oidc-login»): Proofer no ejecuta el flujo de renovación de OIDC</translation>
    </message>
    <message>
        <source>getting credentials: %1</source>
        <translation>al obtener las credenciales: %1</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; has no exec plugin</source>
        <translation>el usuario «%1» no tiene complemento exec</translation>
    </message>
    <message>
        <source>exec plugin cannot support interactive mode: standard input is not a terminal. The plugin %1 of user &quot;%2&quot; asks for a terminal on every run (interactiveMode: Always), and Proofer has none to give it. Log in once in a terminal, or set interactiveMode to IfAvailable or Never.</source>
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
        <source>decoding stdout: couldn&apos;t get version/kind; json parse error: %1 at offset %2</source>
        <translation>decodificando stdout: no se pudo obtener version/kind; error de análisis de JSON: %1 en el desplazamiento %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>decoding stdout: Object &apos;Kind&apos; or &apos;apiVersion&apos; is missing in the exec plugin&apos;s output</source>
        <translation>decodificando stdout: falta &apos;Kind&apos; o &apos;apiVersion&apos; del objeto en la salida del complemento exec</translation>
    </message>
    <message>
        <source>exec plugin is configured to use API version %1, plugin returned version %2</source>
        <translation>el complemento exec está configurado para usar la versión de API %1, pero el complemento devolvió la versión %2</translation>
    </message>
    <message>
        <source>decoding stdout: no kind &quot;%1&quot; is registered for version &quot;%2&quot;</source>
        <translation>decodificando stdout: no hay ningún kind «%1» registrado para la versión «%2»</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a status field</source>
        <translation>el complemento exec no devolvió ningún campo status</translation>
    </message>
    <message>
        <source>exec plugin returned only certificate or key, not both</source>
        <translation>el complemento exec devolvió solo el certificado o la clave, no ambos</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a token or cert/key pair</source>
        <translation>el complemento exec no devolvió ningún token ni par certificado/clave</translation>
    </message>
    <message>
        <source>exec plugin returned an unreadable expirationTimestamp &quot;%1&quot;</source>
        <translation>el complemento exec devolvió un expirationTimestamp ilegible «%1»</translation>
    </message>
    <message>
        <source>exec plugin %1 for user &quot;%2&quot; did not finish within %3 seconds and was stopped; it may be waiting for a login (a browser or a prompt) that Proofer cannot show</source>
        <translation>el complemento exec %1 del usuario «%2» no terminó en %3 segundos y se detuvo; puede que esté esperando un inicio de sesión (un navegador o una solicitud) que Proofer no puede mostrar</translation>
    </message>
    <message>
        <source>exec plugin %1 for user &quot;%2&quot; was cancelled</source>
        <translation>se canceló el complemento exec %1 del usuario «%2»</translation>
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
        <source>no kind &quot;%1&quot; is registered for version &quot;%2&quot;</source>
        <translation>no hay ningún kind «%1» registrado para la versión «%2»</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>«%1» debe ser una cadena</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>«%1» debe ser true o false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>«%1» debe ser una lista</translation>
    </message>
    <message>
        <source>each entry of &quot;%1&quot; must be a mapping</source>
        <translation>cada entrada de «%1» debe ser un mapeo</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot; in list of %2</source>
        <translation>nombre «%1» duplicado en la lista de %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of &quot;%2&quot; must be a mapping</source>
        <translation>«%1» de «%2» debe ser un mapeo</translation>
    </message>
    <message>
        <source>&quot;args&quot; must be a list of strings</source>
        <translation>«args» debe ser una lista de cadenas</translation>
    </message>
    <message>
        <source>&quot;env&quot; must be a list of name/value pairs</source>
        <translation>«env» debe ser una lista de pares name/value</translation>
    </message>
    <message>
        <source>&quot;config&quot; of an auth-provider must be a mapping</source>
        <translation>«config» de un auth-provider debe ser un mapeo</translation>
    </message>
    <message>
        <source>&quot;config&quot; of an auth-provider must map strings to strings</source>
        <translation>«config» de un auth-provider debe asignar cadenas a cadenas</translation>
    </message>
    <message>
        <source>&quot;exec&quot; must be a mapping</source>
        <translation>«exec» debe ser un mapeo</translation>
    </message>
    <message>
        <source>&quot;auth-provider&quot; must be a mapping</source>
        <translation>«auth-provider» debe ser un mapeo</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: %2</source>
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
        <source>no server found for cluster &quot;%1&quot;</source>
        <translation>no se encontró ningún servidor para el clúster «%1»</translation>
    </message>
    <message>
        <source>invalid &apos;proxy-url&apos; &quot;%1&quot; for cluster &quot;%2&quot;</source>
        <translation>&apos;proxy-url&apos; «%1» no válido para el clúster «%2»</translation>
    </message>
    <message>
        <source>invalid &apos;proxy-url&apos; &quot;%1&quot; for cluster &quot;%2&quot;: scheme &quot;%3&quot; is not supported (http, https and socks5 are)</source>
        <translation>&apos;proxy-url&apos; «%1» no válido para el clúster «%2»: el esquema «%3» no es compatible (sí lo son http, https y socks5)</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; uses a socks5 proxy: API requests go through it, but port-forward (WebSocket) cannot be carried over SOCKS5, so datastores must be reached directly</source>
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
        <source>insecure-skip-tls-verify is set for cluster &quot;%1&quot;: the server&apos;s certificate will not be verified</source>
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
        <source>exec plugin: invalid apiVersion &quot;%1&quot;</source>
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
        <source>the exec plugin of %1 has interactiveMode: Always: it needs a terminal on every run, which Proofer&apos;s window cannot give it, so it will fail there</source>
        <translation>el complemento exec de %1 tiene interactiveMode: Always: necesita un terminal en cada ejecución, que la ventana de Proofer no puede darle, así que ahí fallará</translation>
    </message>
    <message>
        <source>invalid interactiveMode for %1: &quot;%2&quot;</source>
        <translation>interactiveMode no válido para %1: «%2»</translation>
    </message>
    <message>
        <source>The gcp auth plugin has been removed. Please use the &quot;gke-gcloud-auth-plugin&quot; kubectl/client-go credential plugin instead.</source>
        <translation>Se ha eliminado el complemento de autenticación gcp. Use en su lugar el complemento de credenciales de kubectl/client-go «gke-gcloud-auth-plugin».</translation>
    </message>
    <message>
        <source>The azure auth plugin has been removed. Please use the &quot;kubelogin&quot; kubectl/client-go credential plugin instead.</source>
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
        <source>context &quot;%1&quot; names no cluster</source>
        <translation>el contexto «%1» no indica ningún clúster</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation>no se encontró el clúster «%1» para el contexto «%2»</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation>no se encontró el usuario «%1» para el contexto «%2»</translation>
    </message>
    <message>
        <source>unable to load root certificates of cluster &quot;%1&quot;: unable to parse bytes as PEM block</source>
        <translation>no se pueden cargar los certificados raíz del clúster «%1»: no se pueden analizar los bytes como bloque PEM</translation>
    </message>
    <message>
        <source>tls: failed to find any PEM data in the client certificate of user &quot;%1&quot;</source>
        <translation>tls: no se encontraron datos PEM en el certificado de cliente del usuario «%1»</translation>
    </message>
    <message>
        <source>tls: failed to parse the private key of user &quot;%1&quot; (RSA, EC or DSA in PEM expected)</source>
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
        <source>unknown watch event type &quot;%1&quot;</source>
        <translation>tipo de evento de watch desconocido «%1»</translation>
    </message>
    <message>
        <source> in namespace &quot;%1&quot;</source>
        <translation> en el espacio de nombres &quot;%1&quot;</translation>
    </message>
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
        <source>%1 &quot;%2&quot; can&apos;t restart paused deployment (run rollout resume first)</source>
        <translation>%1 &quot;%2&quot;: no se puede reiniciar un deployment en pausa (ejecute antes rollout resume)</translation>
    </message>
    <message>
        <source>waiting for the rollout of %1 &quot;%2&quot; in namespace &quot;%3&quot;: not complete in time (%4 of %5 replicas updated, %6 available)</source>
        <translation>esperando al rollout de %1 &quot;%2&quot; en el espacio de nombres &quot;%3&quot;: no se completó a tiempo (%4 de %5 réplicas actualizadas, %6 disponibles)</translation>
    </message>
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
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
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
    <message>
        <source>%1: response larger than %2 MiB; the rest was not read</source>
        <translation>%1: respuesta de más de %2 MiB; el resto no se leyó</translation>
    </message>
    <message>
        <source>%1: the responses being read at once grew larger than %2 MiB; this one was stopped</source>
        <translation>%1: las respuestas que se leían a la vez superaron los %2 MiB; esta se detuvo</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: illegal base64 data at input byte %2</source>
        <translation>&quot;%1&quot;: datos base64 no válidos en el byte de entrada %2</translation>
    </message>
    <message>
        <source>%1: HTTP %2 with a body larger than %3 KiB, not read whole (%4): %5</source>
        <translation>%1: HTTP %2 con un cuerpo de más de %3 KiB, no leído entero (%4): %5</translation>
    </message>
    <message>
        <source>the list has more than %1 items; it was stopped there</source>
        <translation>la lista tiene más de %1 elementos; se detuvo ahí</translation>
    </message>
    <message>
        <source>the server sent a continue token longer than %1 KiB</source>
        <translation>el servidor envió un token de continuación de más de %1 KiB</translation>
    </message>
    <message>
        <source>the server sent the continue token &quot;%1&quot; again after %2 pages: it would page forever</source>
        <translation>el servidor volvió a enviar el token de continuación &quot;%1&quot; tras %2 páginas: paginaría indefinidamente</translation>
    </message>
    <message>
        <source>the list needs more than %1 pages; it was stopped there</source>
        <translation>la lista necesita más de %1 páginas; se detuvo ahí</translation>
    </message>
    <message>
        <source>yaml: %1</source>
        <translation>yaml: %1</translation>
    </message>
    <message>
        <source>yaml: out of memory</source>
        <translation>yaml: memoria agotada</translation>
    </message>
    <message>
        <source>unknown anchor &apos;%1&apos; referenced</source>
        <translation>se hace referencia al ancla desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>document contains excessive aliasing</source>
        <translation>el documento contiene un exceso de alias</translation>
    </message>
    <message>
        <source>%1: no answer to this request from %2 within %3 s, while the server answered others (it is reachable)</source>
        <translation>%1: sin respuesta a esta petición de %2 en %3 s, mientras el servidor respondía a otras (es accesible)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was restarted at %3, the time it is now: a restart now would change nothing (is the clock stopped?)</source>
        <translation>%1 &quot;%2&quot; se reinició a las %3, la hora actual: un reinicio ahora no cambiaría nada (¿está parado el reloj?)</translation>
    </message>
    <message>
        <source>unable to load in-cluster configuration, KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be defined</source>
        <translation>no se puede cargar la configuración dentro del clúster: KUBERNETES_SERVICE_HOST y KUBERNETES_SERVICE_PORT deben estar definidas</translation>
    </message>
    <message>
        <source>KUBERNETES_SERVICE_PORT is not a port: &quot;%1&quot;</source>
        <translation>KUBERNETES_SERVICE_PORT no es un puerto: «%1»</translation>
    </message>
    <message>
        <source>KUBERNETES_SERVICE_HOST is not a host: &quot;%1&quot;</source>
        <translation>KUBERNETES_SERVICE_HOST no es un host: «%1»</translation>
    </message>
    <message>
        <source>the ServiceAccount token %1 is empty</source>
        <translation>el token de la ServiceAccount %1 está vacío</translation>
    </message>
    <message>
        <source>data does not contain any valid RSA or ECDSA certificates</source>
        <translation>los datos no contienen ningún certificado RSA o ECDSA válido</translation>
    </message>
    <message>
        <source>Expected to load root CA config from %1, but got err: %2</source>
        <translation>Se esperaba cargar la CA raíz de %1, pero hubo un error: %2</translation>
    </message>
    <message>
        <source>the API server did not accept the credentials (HTTP 401)</source>
        <translation>el servidor de la API no aceptó las credenciales (HTTP 401)</translation>
    </message>
    <message>
        <source>permission denied (HTTP 403): the user may not create pods/exec in namespace &quot;%1&quot;</source>
        <translation>permiso denegado (HTTP 403): el usuario no puede crear pods/exec en el espacio de nombres &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the pod does not exist (HTTP 404)</source>
        <translation>el pod no existe (HTTP 404)</translation>
    </message>
    <message>
        <source>the API server refused the exec (HTTP %1): %2</source>
        <translation>el servidor de la API rechazó el exec (HTTP %1): %2</translation>
    </message>
    <message>
        <source>%1 did not end within %2 s: cancelled</source>
        <translation>%1 no terminó en %2 s: cancelado</translation>
    </message>
    <message>
        <source>exec in pod %1/%2: no command</source>
        <translation>exec en el pod %1/%2: sin orden</translation>
    </message>
    <message>
        <source>the command %1 in pod %2/%3</source>
        <translation>la orden %1 en el pod %2/%3</translation>
    </message>
    <message>
        <source>exec in pod %1/%2: the server accepted neither v5.channel.k8s.io nor v4.channel.k8s.io (got &quot;%3&quot;)</source>
        <translation>exec en el pod %1/%2: el servidor no aceptó ni v5.channel.k8s.io ni v4.channel.k8s.io (recibido &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>exec in pod %1/%2 failed: %3</source>
        <translation>falló el exec en el pod %1/%2: %3</translation>
    </message>
    <message>
        <source>%1: the stream ended before the command&apos;s status (%2)</source>
        <translation>%1: el flujo terminó antes del estado de la orden (%2)</translation>
    </message>
    <message>
        <source>%1 wrote more than %2 bytes to standard output: stopped</source>
        <translation>%1 escribió más de %2 bytes en la salida estándar: detenido</translation>
    </message>
    <message>
        <source>%1: the command&apos;s status is too long</source>
        <translation>%1: el estado de la orden es demasiado largo</translation>
    </message>
    <message>
        <source>%1: the command&apos;s status could not be read</source>
        <translation>%1: no se pudo leer el estado de la orden</translation>
    </message>
    <message>
        <source>%1 ended with exit code %2</source>
        <translation>%1 terminó con el código de salida %2</translation>
    </message>
    <message>
        <source>%1 could not run: %2</source>
        <translation>%1 no pudo ejecutarse: %2</translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation>el servidor no dio ningún motivo</translation>
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
        <source>port-forward to %1/%2: the server did not accept the v4.channel.k8s.io protocol (got &quot;%3&quot;)</source>
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
    <name>LogsPane</name>
    <message>
        <source>&amp;Pod:</source>
        <translation>&amp;Pod:</translation>
    </message>
    <message>
        <source>&amp;Last:</source>
        <translation>Ú&amp;ltimas:</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> líneas</translation>
    </message>
    <message>
        <source>F&amp;ollow</source>
        <translation>&amp;Seguir</translation>
    </message>
    <message>
        <source>Keep reading new lines as the pod writes them</source>
        <translation>Seguir leyendo las líneas nuevas a medida que el pod las escribe</translation>
    </message>
    <message>
        <source>Filter lines</source>
        <translation>Filtrar líneas</translation>
    </message>
    <message>
        <source>Read the logs again</source>
        <translation>Volver a leer los registros</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Todas las líneas</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Autenticación fallida</translation>
    </message>
    <message>
        <source>Durations (duration:)</source>
        <translation>Duraciones (duration:)</translation>
    </message>
    <message>
        <source>SSL/TLS errors</source>
        <translation>Errores SSL/TLS</translation>
    </message>
    <message>
        <source>Logs are read from Kubernetes: connect to a cluster to see them.</source>
        <translation>Los registros se leen de Kubernetes: conéctese a un clúster para verlos.</translation>
    </message>
    <message>
        <source>%1 has no pod to read logs from.</source>
        <translation>%1 no tiene ningún pod del que leer registros.</translation>
    </message>
    <message>
        <source>Following %1…</source>
        <translation>Siguiendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the last %n line(s) of %1…</source>
        <translation>
            <numerusform>Leyendo la última línea de %1…</numerusform>
            <numerusform>Leyendo las últimas %n líneas de %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Following %1: %n line(s)</source>
        <translation>
            <numerusform>Siguiendo %1: %n línea</numerusform>
            <numerusform>Siguiendo %1: %n líneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) from %1</source>
        <translation>
            <numerusform>%n línea de %1</numerusform>
            <numerusform>%n líneas de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is gone; waiting for the pod that replaces it…</source>
        <translation>%1 ya no existe; esperando al pod que lo sustituya…</translation>
    </message>
    <message>
        <source>──── %1 restarted: following it again ────</source>
        <translation>──── %1 se reinició: se vuelve a seguir ────</translation>
    </message>
    <message>
        <source>──── %1 was replaced by %2: following %2 ────</source>
        <translation>──── %1 fue sustituido por %2: se sigue %2 ────</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>Fleet Grade</source>
        <translation>Calificación de la flota</translation>
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
        <source>error: %1</source>
        <translation>error: %1</translation>
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
        <source>Proofer reads your clusters from &lt;tt&gt;$KUBECONFIG&lt;/tt&gt; or &lt;tt&gt;~/.kube/config&lt;/tt&gt;, and neither exists.&lt;br&gt;Open one with &lt;b&gt;File ▸ Open Kubeconfig…&lt;/b&gt; or start the demo fleet — real PostgreSQL and Redis behind an emulated Kubernetes API, on this computer — with the button below or, in a terminal, &lt;tt&gt;proofer demo&lt;/tt&gt;.</source>
        <translation>Proofer lee sus clústeres de &lt;tt&gt;$KUBECONFIG&lt;/tt&gt; o de &lt;tt&gt;~/.kube/config&lt;/tt&gt;, y no existe ninguno.&lt;br&gt;Abra uno con &lt;b&gt;Archivo ▸ Abrir kubeconfig…&lt;/b&gt; o inicie la flota de demostración —PostgreSQL y Redis reales detrás de una API de Kubernetes emulada, en este equipo— con el botón de abajo o, en un terminal, con &lt;tt&gt;proofer demo&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Evidence pack saved to %1</source>
        <translation>Paquete de evidencias guardado en %1</translation>
    </message>
    <message>
        <source>F&amp;leet</source>
        <translation>F&amp;lota</translation>
    </message>
    <message>
        <source>C&amp;ompliance Matrix</source>
        <translation>Matriz de c&amp;umplimiento</translation>
    </message>
    <message>
        <source>C&amp;ertificates</source>
        <translation>C&amp;ertificados</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>&amp;Lista de comprobación</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flota</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <source>Read-only until Proofer is closed: no operation can change the cluster</source>
        <translation>Solo lectura hasta que se cierre Proofer: ninguna operación puede cambiar el clúster</translation>
    </message>
</context>
<context>
    <name>OperationsHistoryDialog</name>
    <message>
        <source>Operations History</source>
        <translation>Historial de operaciones</translation>
    </message>
    <message>
        <source>Every operation run from this computer, from its journal in %1. Journals hold no secret.</source>
        <translation>Cada operación ejecutada desde este equipo, según su diario en %1. Los diarios no guardan ningún secreto.</translation>
    </message>
    <message>
        <source>Reading the journals…</source>
        <translation>Leyendo los diarios…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export All…</source>
        <translation>Exportar todo…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>No operation has been run from this computer yet.</source>
        <translation>Todavía no se ha ejecutado ninguna operación desde este equipo.</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n operación</numerusform>
            <numerusform>%n operaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Export All Journals</source>
        <translation>Exportar todos los diarios</translation>
    </message>
    <message>
        <source>Export Journal</source>
        <translation>Exportar el diario</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los ficheros (*)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
</context>
<context>
    <name>OperationsHistoryModel</name>
    <message>
        <source>%1
Journal: %2</source>
        <translation>%1
Diario: %2</translation>
    </message>
    <message>
        <source>%1 (dry run)</source>
        <translation>%1 (simulación)</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Datastores or workload</source>
        <translation>Almacenes de datos o carga de trabajo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminó</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>OperationsMenu</name>
    <message>
        <source>Restarting %1…</source>
        <translation>Reiniciando %1…</translation>
    </message>
    <message>
        <source>%1 restarted</source>
        <translation>%1 reiniciado</translation>
    </message>
    <message>
        <source>Restart of %1 failed: %2</source>
        <translation>Falló el reinicio de %1: %2</translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation>&amp;Operaciones</translation>
    </message>
    <message>
        <source>&amp;Renew Certificates…</source>
        <translation>&amp;Renovar certificados…</translation>
    </message>
    <message>
        <source>Issue new server certificates, patch the TLS Secrets, restart and verify</source>
        <translation>Emitir certificados de servidor nuevos, modificar los Secrets TLS, reiniciar y verificar</translation>
    </message>
    <message>
        <source>Rotate &amp;Passwords…</source>
        <translation>Rotar &amp;contraseñas…</translation>
    </message>
    <message>
        <source>New 32-character passwords: server, Secret, dependent services, verified login</source>
        <translation>Contraseñas nuevas de 32 caracteres: servidor, Secret, servicios dependientes, inicio de sesión verificado</translation>
    </message>
    <message>
        <source>&amp;Back Up Databases…</source>
        <translation>&amp;Copia de seguridad de bases de datos…</translation>
    </message>
    <message>
        <source>pg_dump | gzip | gpg of the chosen databases, verified and recorded for the audit</source>
        <translation>pg_dump | gzip | gpg de las bases de datos elegidas, verificado y registrado para la auditoría</translation>
    </message>
    <message>
        <source>Res&amp;tore Backup…</source>
        <translation>Res&amp;taurar copia de seguridad…</translation>
    </message>
    <message>
        <source>Decrypt, check and restore a backup into a scratch database, compare, then swap</source>
        <translation>Descifrar, comprobar y restaurar una copia en una base de datos temporal, comparar y después intercambiar</translation>
    </message>
    <message>
        <source>Re&amp;start Workload</source>
        <translation>Rei&amp;niciar la carga de trabajo</translation>
    </message>
    <message>
        <source>Rollout restart of the selected datastore&apos;s Deployment or StatefulSet, as kubectl rollout restart does; a crashed pod comes back</source>
        <translation>Reinicio progresivo del Deployment o StatefulSet del almacén seleccionado, como kubectl rollout restart; un pod caído vuelve a arrancar</translation>
    </message>
    <message>
        <source>&amp;Unfinished Operations…</source>
        <translation>Operaciones &amp;sin terminar…</translation>
    </message>
    <message>
        <source>%1 has no workload to restart</source>
        <translation>%1 no tiene carga de trabajo que reiniciar</translation>
    </message>
    <message numerus="yes">
        <source>Grade now %1 (%2); if this operation fixes its %n finding(s): %3 (%4) — a projection, measured again by the rescan that follows.</source>
        <translation>
            <numerusform>Nota actual %1 (%2); si esta operación corrige su %n hallazgo: %3 (%4) — una proyección, que el escaneo posterior vuelve a medir.</numerusform>
            <numerusform>Nota actual %1 (%2); si esta operación corrige sus %n hallazgos: %3 (%4) — una proyección, que el escaneo posterior vuelve a medir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart Workload</source>
        <translation>Reiniciar carga de trabajo</translation>
    </message>
    <message>
        <source>Restart %1/%2?</source>
        <translation>¿Reiniciar %1/%2?</translation>
    </message>
    <message>
        <source>Pods replaced: %1
Datastores unavailable meanwhile: %2
Expected downtime: until the new pod is ready — usually under a minute; clients reconnect.</source>
        <translation>Pods sustituidos: %1
Almacenes de datos no disponibles mientras tanto: %2
Interrupción prevista: hasta que el nuevo pod esté listo — normalmente menos de un minuto; los clientes se reconectan.</translation>
    </message>
    <message>
        <source>none running</source>
        <translation>ninguno en ejecución</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Operations &amp;History…</source>
        <translation>&amp;Historial de operaciones…</translation>
    </message>
    <message>
        <source>The operations run from this computer, from their journals: export them for an audit</source>
        <translation>Las operaciones ejecutadas desde este equipo, según sus diarios: expórtelas para una auditoría</translation>
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
        <source>unknown digest &quot;%1&quot;</source>
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
        <source>&quot;%1&quot; is not an IP address</source>
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
    <message>
        <source>cannot read pg_dump&apos;s output: %1</source>
        <translation>no se puede leer la salida de pg_dump: %1</translation>
    </message>
    <message>
        <source>zlib could not compress the dump</source>
        <translation>zlib no pudo comprimir el volcado</translation>
    </message>
    <message>
        <source>cannot write the backup (is the disk full?): %1</source>
        <translation>no se puede escribir la copia (¿está lleno el disco?): %1</translation>
    </message>
    <message numerus="yes">
        <source>Back up %n database(s)</source>
        <translation>
            <numerusform>Copiar %n base de datos</numerusform>
            <numerusform>Copiar %n bases de datos</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot write the decompressed dump (is the disk full?): %1</source>
        <translation>no se puede escribir el volcado descomprimido (¿está lleno el disco?): %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>cannot read the compressed dump: %1</source>
        <translation>no se puede leer el volcado comprimido: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n table(s) restored with the dump&apos;s row counts</source>
        <translation>
            <numerusform>%1: %n tabla restaurada con el número de filas del volcado</numerusform>
            <numerusform>%1: %n tablas restauradas con el número de filas del volcado</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore %1 into %2</source>
        <translation>Restaurar %1 en %2</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>no se puede crear el directorio %1</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a password needs at least 4 characters, not %1</source>
        <translation>una contraseña necesita al menos 4 caracteres, no %1</translation>
    </message>
    <message>
        <source>the random number generator failed: %1</source>
        <translation>el generador de números aleatorios falló: %1</translation>
    </message>
    <message>
        <source>no password with every character class after 1000 draws</source>
        <translation>ninguna contraseña con todas las clases de caracteres tras 1000 intentos</translation>
    </message>
    <message>
        <source>%1: the password contains a line break and cannot be handed to pg_dump/psql</source>
        <translation>%1: la contraseña contiene un salto de línea y no se puede pasar a pg_dump/psql</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; cannot name a backup file (a Kubernetes-style name is needed)</source>
        <translation>%1: &quot;%2&quot; no puede dar nombre a un fichero de copia (hace falta un nombre al estilo de Kubernetes)</translation>
    </message>
    <message>
        <source>the backup directory %1 does not exist</source>
        <translation>el directorio de copias %1 no existe</translation>
    </message>
    <message>
        <source>%1 already exists; a backup is never overwritten</source>
        <translation>%1 ya existe; una copia nunca se sobrescribe</translation>
    </message>
    <message>
        <source>pg_dump is not installed (no /usr/lib/postgresql/N/bin/pg_dump)</source>
        <translation>pg_dump no está instalado (no hay /usr/lib/postgresql/N/bin/pg_dump)</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>cannot create a pipe: %1</source>
        <translation>no se puede crear una tubería: %1</translation>
    </message>
    <message>
        <source>%1: backup cancelled</source>
        <translation>%1: copia cancelada</translation>
    </message>
    <message>
        <source>%1: cannot run pg_dump: %2</source>
        <translation>%1: no se puede ejecutar pg_dump: %2</translation>
    </message>
    <message>
        <source>%1: pg_dump was killed before it finished%2</source>
        <translation>%1: pg_dump murió antes de terminar%2</translation>
    </message>
    <message>
        <source>%1: pg_dump failed (exit %2): %3</source>
        <translation>%1: pg_dump falló (salida %2): %3</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>sin mensaje</translation>
    </message>
    <message>
        <source>%1: pg_dump&apos;s output ended without its closing line: the dump is incomplete</source>
        <translation>%1: la salida de pg_dump terminó sin su línea final: el volcado está incompleto</translation>
    </message>
    <message>
        <source>cannot name the backup %1: %2</source>
        <translation>no se puede dar nombre a la copia %1: %2</translation>
    </message>
    <message>
        <source>not verified: the recipient&apos;s secret key is not in this keyring</source>
        <translation>sin verificar: la clave secreta del destinatario no está en este anillo de claves</translation>
    </message>
    <message>
        <source>%1: the written backup failed its verification and was removed: %2</source>
        <translation>%1: la copia escrita no superó la verificación y se eliminó: %2</translation>
    </message>
    <message>
        <source>Back up database %1 of %2</source>
        <translation>Copiar la base de datos %1 de %2</translation>
    </message>
    <message>
        <source>a passphrase (symmetric)</source>
        <translation>una frase de paso (simétrico)</translation>
    </message>
    <message>
        <source>the key %1</source>
        <translation>la clave %1</translation>
    </message>
    <message>
        <source>pg_dump %1 | gzip | gpg, encrypted with %2, into %3</source>
        <translation>pg_dump %1 | gzip | gpg, cifrado con %2, en %3</translation>
    </message>
    <message>
        <source>the backup directory %1 does not exist or is not writable</source>
        <translation>el directorio de copias %1 no existe o no se puede escribir en él</translation>
    </message>
    <message>
        <source>would back up %1 (%2 MiB on the server)</source>
        <translation>se copiaría %1 (%2 MiB en el servidor)</translation>
    </message>
    <message>
        <source>%1: backup written to %2 (%3 bytes)%4</source>
        <translation>%1: copia escrita en %2 (%3 bytes)%4</translation>
    </message>
    <message>
        <source>, verified</source>
        <translation>, verificada</translation>
    </message>
    <message>
        <source>the backup %1 is missing</source>
        <translation>falta la copia %1</translation>
    </message>
    <message>
        <source>the backup %1 changed size since it was written</source>
        <translation>la copia %1 cambió de tamaño desde que se escribió</translation>
    </message>
    <message>
        <source>%1 is in place</source>
        <translation>%1 está en su sitio</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>no se puede eliminar %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>eliminado %1</translation>
    </message>
    <message>
        <source>GPGME could not start: %1</source>
        <translation>GPGME no pudo arrancar: %1</translation>
    </message>
    <message>
        <source>GPGME cannot use the GnuPG home %1: %2</source>
        <translation>GPGME no puede usar el directorio de GnuPG %1: %2</translation>
    </message>
    <message>
        <source>no public key %1 in the keyring: %2</source>
        <translation>no hay clave pública %1 en el anillo de claves: %2</translation>
    </message>
    <message>
        <source>the key %1 cannot encrypt (revoked, expired, disabled or without an encryption subkey)</source>
        <translation>la clave %1 no puede cifrar (revocada, caducada, desactivada o sin subclave de cifrado)</translation>
    </message>
    <message>
        <source>no recipient key and no passphrase: the backup would not be encrypted</source>
        <translation>ni clave de destinatario ni frase de paso: la copia no quedaría cifrada</translation>
    </message>
    <message>
        <source>gpg could not encrypt: %1</source>
        <translation>gpg no pudo cifrar: %1</translation>
    </message>
    <message>
        <source>gpg refused the recipient %1</source>
        <translation>gpg rechazó al destinatario %1</translation>
    </message>
    <message>
        <source>cannot write the decrypted backup (is the disk full?): %1</source>
        <translation>no se puede escribir la copia descifrada (¿está lleno el disco?): %1</translation>
    </message>
    <message>
        <source>%1 is not integrity protected (no MDC): a modification could not be detected, so it is refused</source>
        <translation>%1 no tiene protección de integridad (sin MDC): no se podría detectar una modificación, así que se rechaza</translation>
    </message>
    <message>
        <source>%1 uses an unsupported algorithm: %2</source>
        <translation>%1 usa un algoritmo no admitido: %2</translation>
    </message>
    <message>
        <source>%1 needs a passphrase and none was given</source>
        <translation>%1 necesita una frase de paso y no se dio ninguna</translation>
    </message>
    <message>
        <source>wrong passphrase for %1</source>
        <translation>frase de paso incorrecta para %1</translation>
    </message>
    <message>
        <source>%1 is encrypted to a key whose secret part is not in the keyring</source>
        <translation>%1 está cifrado para una clave cuya parte secreta no está en el anillo de claves</translation>
    </message>
    <message>
        <source>%1 failed its integrity check: it was modified or damaged</source>
        <translation>%1 no superó la comprobación de integridad: fue modificado o está dañado</translation>
    </message>
    <message>
        <source>wrong passphrase for %1 (or the file is damaged at its start)</source>
        <translation>frase de paso incorrecta para %1 (o el fichero está dañado al principio)</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: gpg stopped with &quot;%2&quot;</source>
        <translation>%1 está truncado o dañado: gpg se detuvo con &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is not an OpenPGP encrypted file: %2</source>
        <translation>%1 no es un fichero cifrado OpenPGP: %2</translation>
    </message>
    <message>
        <source>gpg could not decrypt %1: %2</source>
        <translation>gpg no pudo descifrar %1: %2</translation>
    </message>
    <message>
        <source>line %1 of the dump is longer than 64 MiB</source>
        <translation>la línea %1 del volcado ocupa más de 64 MiB</translation>
    </message>
    <message>
        <source>the dump ends inside the data of table %1: it is incomplete</source>
        <translation>el volcado termina dentro de los datos de la tabla %1: está incompleto</translation>
    </message>
    <message>
        <source>this is not a plain-format pg_dump: the &quot;PostgreSQL database dump&quot; header is missing</source>
        <translation>esto no es un pg_dump en formato plano: falta la cabecera &quot;PostgreSQL database dump&quot;</translation>
    </message>
    <message>
        <source>the dump is incomplete: pg_dump&apos;s closing line &quot;PostgreSQL database dump complete&quot; is missing</source>
        <translation>el volcado está incompleto: falta la línea final de pg_dump &quot;PostgreSQL database dump complete&quot;</translation>
    </message>
    <message>
        <source>this is a dump of database &quot;%1&quot;, not of &quot;%2&quot;</source>
        <translation>esto es un volcado de la base de datos &quot;%1&quot;, no de &quot;%2&quot;</translation>
    </message>
    <message>
        <source>line 1: the Proofer header of the dump cannot be read</source>
        <translation>línea 1: no se puede leer la cabecera de Proofer del volcado</translation>
    </message>
    <message>
        <source>the file is named for database &quot;%1&quot; but holds a dump of &quot;%2&quot;</source>
        <translation>el fichero lleva el nombre de la base de datos &quot;%1&quot; pero contiene un volcado de &quot;%2&quot;</translation>
    </message>
    <message>
        <source>this is not a plain-format pg_dump: no &quot;PostgreSQL database dump&quot; header in its first %1 lines</source>
        <translation>esto no es un pg_dump en formato plano: no hay cabecera &quot;PostgreSQL database dump&quot; en sus primeras %1 líneas</translation>
    </message>
    <message>
        <source>line %1: SQL before the &quot;PostgreSQL database dump&quot; header: this is not a pg_dump</source>
        <translation>línea %1: SQL antes de la cabecera &quot;PostgreSQL database dump&quot;: esto no es un pg_dump</translation>
    </message>
    <message>
        <source>cannot tell which database this dump is of (no Proofer header, no database in the file name)</source>
        <translation>no se puede saber de qué base de datos es este volcado (sin cabecera de Proofer ni base de datos en el nombre del fichero)</translation>
    </message>
    <message>
        <source>line %1: text after a COPY statement on the same line</source>
        <translation>línea %1: texto tras una sentencia COPY en la misma línea</translation>
    </message>
    <message>
        <source>line %1: the psql meta-command \%2 is not allowed in a restore</source>
        <translation>línea %1: la metaorden de psql \%2 no está permitida en una restauración</translation>
    </message>
    <message>
        <source>zlib could not start</source>
        <translation>zlib no pudo arrancar</translation>
    </message>
    <message>
        <source>the gzip data is corrupt: %1</source>
        <translation>los datos gzip están dañados: %1</translation>
    </message>
    <message>
        <source>the gzip data is corrupt</source>
        <translation>los datos gzip están dañados</translation>
    </message>
    <message>
        <source>the compressed dump is empty</source>
        <translation>el volcado comprimido está vacío</translation>
    </message>
    <message>
        <source>the gzip data is truncated: the dump was cut short</source>
        <translation>los datos gzip están truncados: el volcado quedó cortado</translation>
    </message>
    <message>
        <source>%1: %2 rows in the dump, %3 restored</source>
        <translation>%1: %2 filas en el volcado, %3 restauradas</translation>
    </message>
    <message>
        <source>%1: the restored copy does not match the dump: %2</source>
        <translation>%1: la copia restaurada no coincide con el volcado: %2</translation>
    </message>
    <message>
        <source>Decrypt %1 and check its integrity</source>
        <translation>Descifrar %1 y comprobar su integridad</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>cannot write the decrypted backup (is the disk full?)</source>
        <translation>no se puede escribir la copia descifrada (¿está lleno el disco?)</translation>
    </message>
    <message>
        <source>Decompress and check the dump (database %1)</source>
        <translation>Descomprimir y comprobar el volcado (base de datos %1)</translation>
    </message>
    <message>
        <source>%1: nothing was decrypted</source>
        <translation>%1: no se descifró nada</translation>
    </message>
    <message>
        <source>%1: the backup is refused: %2</source>
        <translation>%1: la copia se rechaza: %2</translation>
    </message>
    <message>
        <source>%1: a pg_dump %2 of database %3 (server %4): %5 tables, %6 rows</source>
        <translation>%1: un pg_dump %2 de la base de datos %3 (servidor %4): %5 tablas, %6 filas</translation>
    </message>
    <message>
        <source>Restore into the new database %1 and compare it with %2</source>
        <translation>Restaurar en la nueva base de datos %1 y compararla con %2</translation>
    </message>
    <message>
        <source>%1: no checked dump to restore</source>
        <translation>%1: no hay volcado comprobado que restaurar</translation>
    </message>
    <message>
        <source>%1: the database %2 does not exist</source>
        <translation>%1: la base de datos %2 no existe</translation>
    </message>
    <message>
        <source>%1: a database named %2 already exists</source>
        <translation>%1: ya existe una base de datos llamada %2</translation>
    </message>
    <message>
        <source>psql is not installed (no /usr/lib/postgresql/N/bin/psql)</source>
        <translation>psql no está instalado (no hay /usr/lib/postgresql/N/bin/psql)</translation>
    </message>
    <message>
        <source>%1: cannot run psql: %2</source>
        <translation>%1: no se puede ejecutar psql: %2</translation>
    </message>
    <message>
        <source>%1: restore cancelled</source>
        <translation>%1: restauración cancelada</translation>
    </message>
    <message>
        <source>%1: psql was killed during the restore</source>
        <translation>%1: psql murió durante la restauración</translation>
    </message>
    <message>
        <source>%1: the scratch database %2 could not be dropped: %3</source>
        <translation>%1: no se pudo eliminar la base de datos provisional %2: %3</translation>
    </message>
    <message>
        <source>%1: dropped the scratch database %2</source>
        <translation>%1: eliminada la base de datos provisional %2</translation>
    </message>
    <message>
        <source>Swap: rename %1 to %2 and %3 to %1</source>
        <translation>Intercambio: renombrar %1 a %2 y %3 a %1</translation>
    </message>
    <message>
        <source>%1: the role %2 may not rename %3 (it must own it and have CREATEDB)</source>
        <translation>%1: el rol %2 no puede renombrar %3 (debe ser su propietario y tener CREATEDB)</translation>
    </message>
    <message>
        <source>%1: would rename %2 to %3 and the verified copy to %2 (sessions on %2 would be ended)</source>
        <translation>%1: se renombraría %2 a %3 y la copia verificada a %2 (se cerrarían las sesiones en %2)</translation>
    </message>
    <message>
        <source>%1: the verified copy %2 is not there any more</source>
        <translation>%1: la copia verificada %2 ya no está</translation>
    </message>
    <message>
        <source>%1: the swap failed, nothing was renamed: %2</source>
        <translation>%1: el intercambio falló, no se renombró nada: %2</translation>
    </message>
    <message>
        <source>%1: %2 is now the restored copy; the previous database is kept as %3</source>
        <translation>%1: %2 es ahora la copia restaurada; la base de datos anterior se conserva como %3</translation>
    </message>
    <message>
        <source>%1: after the swap, %2 is not the restored copy</source>
        <translation>%1: tras el intercambio, %2 no es la copia restaurada</translation>
    </message>
    <message>
        <source>%1: nothing was renamed</source>
        <translation>%1: no se renombró nada</translation>
    </message>
    <message>
        <source>%1: renaming back failed: %2</source>
        <translation>%1: falló el renombrado de vuelta: %2</translation>
    </message>
    <message>
        <source>%1: %2 is the original database again</source>
        <translation>%1: %2 vuelve a ser la base de datos original</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1: sin respuesta en %2 s</translation>
    </message>
    <message>
        <source>%1: no cluster connection</source>
        <translation>%1: sin conexión con el clúster</translation>
    </message>
    <message>
        <source>%1: no pod to connect to</source>
        <translation>%1: ningún pod al que conectarse</translation>
    </message>
    <message>
        <source>%1: no CA certificate in its TLS Secret: the server cannot be verified (verify-full), so the password is not sent</source>
        <translation>%1: no hay certificado de CA en su Secret TLS: el servidor no se puede verificar (verify-full), así que la contraseña no se envía</translation>
    </message>
    <message>
        <source>%1: port-forward failed: %2</source>
        <translation>%1: el port-forward falló: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the CA to a temp file: %2</source>
        <translation>%1: no se puede escribir la CA en un fichero temporal: %2</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: falló %2: %3</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>sin resultado</translation>
    </message>
    <message>
        <source>%1: TLS verification failed: %2</source>
        <translation>%1: la verificación TLS falló: %2</translation>
    </message>
    <message>
        <source>%1: connection failed: %2</source>
        <translation>%1: la conexión falló: %2</translation>
    </message>
    <message>
        <source>%1: authentication failed: %2</source>
        <translation>%1: la autenticación falló: %2</translation>
    </message>
    <message>
        <source>%1: bad answer from Redis: %2</source>
        <translation>%1: respuesta incorrecta de Redis: %2</translation>
    </message>
    <message>
        <source>%1: computing the SCRAM verifier failed: %2</source>
        <translation>%1: el cálculo del verificador SCRAM falló: %2</translation>
    </message>
    <message>
        <source>%1: cannot quote the role name</source>
        <translation>%1: no se puede entrecomillar el nombre del rol</translation>
    </message>
    <message>
        <source>%1: ALTER ROLE %2 refused: %3</source>
        <translation>%1: ALTER ROLE %2 rechazado: %3</translation>
    </message>
    <message>
        <source>%1: %2 refused: %3</source>
        <translation>%1: %2 rechazado: %3</translation>
    </message>
    <message>
        <source>the Secret has no key %1</source>
        <translation>el Secret no tiene la clave %1</translation>
    </message>
    <message>
        <source>Read the Secret %1 of %2</source>
        <translation>Leer el Secret %1 de %2</translation>
    </message>
    <message>
        <source>Read the Secret %1 (key %2) and remember its resourceVersion; draw a new 32-character password from the system&apos;s CSPRNG</source>
        <translation>Leer el Secret %1 (clave %2) y recordar su resourceVersion; generar una contraseña nueva de 32 caracteres con el CSPRNG del sistema</translation>
    </message>
    <message>
        <source>%1: reading the Secret failed: %2</source>
        <translation>%1: la lectura del Secret falló: %2</translation>
    </message>
    <message>
        <source>the password in the Secret is empty</source>
        <translation>la contraseña del Secret está vacía</translation>
    </message>
    <message>
        <source>%1: the Secret %2 is readable (resourceVersion %3)</source>
        <translation>%1: el Secret %2 se puede leer (resourceVersion %3)</translation>
    </message>
    <message>
        <source>%1: read the Secret %2 (resourceVersion %3)</source>
        <translation>%1: Secret %2 leído (resourceVersion %3)</translation>
    </message>
    <message>
        <source>Log into %1 with the current password (TLS verify-full)</source>
        <translation>Iniciar sesión en %1 con la contraseña actual (TLS verify-full)</translation>
    </message>
    <message>
        <source>%1: cannot log in with the password of its Secret: %2</source>
        <translation>%1: no se puede iniciar sesión con la contraseña de su Secret: %2</translation>
    </message>
    <message>
        <source>%1: logged in as %2 over verified TLS</source>
        <translation>%1: sesión iniciada como %2 sobre TLS verificado</translation>
    </message>
    <message>
        <source>Write the encrypted recovery record of %1</source>
        <translation>Escribir el registro de recuperación cifrado de %1</translation>
    </message>
    <message>
        <source>Write the new password, encrypted with your recovery passphrase (OpenPGP, AES-256), to a 0600 file in %1; it is deleted once the Secret holds the new password</source>
        <translation>Escribir la contraseña nueva, cifrada con su frase de paso de recuperación (OpenPGP, AES-256), en un fichero 0600 en %1; se borra cuando el Secret contiene la contraseña nueva</translation>
    </message>
    <message>
        <source>%1: would write the encrypted recovery record in %2</source>
        <translation>%1: escribiría el registro de recuperación cifrado en %2</translation>
    </message>
    <message>
        <source>%1: no recovery passphrase: the new password would exist only in memory</source>
        <translation>%1: no hay frase de paso de recuperación: la contraseña nueva existiría solo en memoria</translation>
    </message>
    <message>
        <source>%1: recovery record written to %2</source>
        <translation>%1: registro de recuperación escrito en %2</translation>
    </message>
    <message>
        <source>%1: no recovery record left</source>
        <translation>%1: no queda registro de recuperación</translation>
    </message>
    <message>
        <source>%1: the passwords are not known (no recovery record)</source>
        <translation>%1: no se conocen las contraseñas (no hay registro de recuperación)</translation>
    </message>
    <message>
        <source>%1: the recovery record holds no passwords</source>
        <translation>%1: el registro de recuperación no contiene contraseñas</translation>
    </message>
    <message>
        <source>Change the password of role %1 on %2</source>
        <translation>Cambiar la contraseña del rol %1 en %2</translation>
    </message>
    <message>
        <source>Change the Redis password of %1</source>
        <translation>Cambiar la contraseña de Redis de %1</translation>
    </message>
    <message>
        <source>Check that the Secret %1 is unchanged, then run on %2:
  ALTER ROLE %3 PASSWORD &apos;SCRAM-SHA-256$4096:&lt;salt&gt;$&lt;stored key&gt;:&lt;server key&gt;&apos;
(the verifier is computed here; the password itself never reaches the server or its log)</source>
        <translation>Comprobar que el Secret %1 no ha cambiado y ejecutar en %2:
  ALTER ROLE %3 PASSWORD &apos;SCRAM-SHA-256$4096:&lt;sal&gt;$&lt;clave almacenada&gt;:&lt;clave del servidor&gt;&apos;
(el verificador se calcula aquí; la contraseña en sí nunca llega al servidor ni a su registro)</translation>
    </message>
    <message>
        <source>Check that the Secret %1 is unchanged, then run on %2: CONFIG SET requirepass &lt;new&gt;</source>
        <translation>Comprobar que el Secret %1 no ha cambiado y ejecutar en %2: CONFIG SET requirepass &lt;nueva&gt;</translation>
    </message>
    <message>
        <source>Check that the Secret %1 is unchanged, then run on %2: ACL SETUSER %3 &gt;&lt;new&gt; &lt;&lt;old&gt;</source>
        <translation>Comprobar que el Secret %1 no ha cambiado y ejecutar en %2: ACL SETUSER %3 &gt;&lt;nueva&gt; &lt;&lt;anterior&gt;</translation>
    </message>
    <message>
        <source>%1: re-reading the Secret failed, the password was not changed: %2</source>
        <translation>%1: la relectura del Secret falló, la contraseña no se cambió: %2</translation>
    </message>
    <message>
        <source>%1: the Secret %2 changed since it was read (resourceVersion %3, now %4): stopped before changing the password</source>
        <translation>%1: el Secret %2 cambió desde que se leyó (resourceVersion %3, ahora %4): detenido antes de cambiar la contraseña</translation>
    </message>
    <message>
        <source>%1: the Secret is unchanged; would change the password on the server</source>
        <translation>%1: el Secret no ha cambiado; cambiaría la contraseña en el servidor</translation>
    </message>
    <message>
        <source>%1: role %2 now has the new password (SCRAM verifier sent, not the password)</source>
        <translation>%1: el rol %2 tiene ya la contraseña nueva (se envió el verificador SCRAM, no la contraseña)</translation>
    </message>
    <message>
        <source>%1: Redis now requires the new password</source>
        <translation>%1: Redis exige ya la contraseña nueva</translation>
    </message>
    <message>
        <source>%1: the new password does not log in: %2</source>
        <translation>%1: la contraseña nueva no inicia sesión: %2</translation>
    </message>
    <message>
        <source>%1: the new password logs in</source>
        <translation>%1: la contraseña nueva inicia sesión</translation>
    </message>
    <message>
        <source>%1: the password on the server was not changed</source>
        <translation>%1: la contraseña del servidor no se cambió</translation>
    </message>
    <message>
        <source>%1: cannot put the old password back: %2</source>
        <translation>%1: no se puede restaurar la contraseña anterior: %2</translation>
    </message>
    <message>
        <source>%1: role %2 has its old password again (old verifier re-applied)</source>
        <translation>%1: el rol %2 vuelve a tener su contraseña anterior (verificador anterior reaplicado)</translation>
    </message>
    <message>
        <source>%1: Redis requires the old password again</source>
        <translation>%1: Redis vuelve a exigir la contraseña anterior</translation>
    </message>
    <message>
        <source>%1: the old password logs in: the server is as before</source>
        <translation>%1: la contraseña anterior inicia sesión: el servidor está como antes</translation>
    </message>
    <message>
        <source>Patch the Secret %1 of %2</source>
        <translation>Parchear el Secret %1 de %2</translation>
    </message>
    <message>
        <source>precondition: a concurrent edit aborts</source>
        <translation>precondición: una edición concurrente aborta</translation>
    </message>
    <message>
        <source>elided</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>%1: the Secret %2 holds the new password (resourceVersion %3), annotated %4=%5</source>
        <translation>%1: el Secret %2 contiene la contraseña nueva (resourceVersion %3), anotado %4=%5</translation>
    </message>
    <message>
        <source>Restart the workloads that use the Secret %1 (%2)</source>
        <translation>Reiniciar las cargas que usan el Secret %1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Log into %1 with the new password (TLS verify-full)</source>
        <translation>Iniciar sesión en %1 con la contraseña nueva (TLS verify-full)</translation>
    </message>
    <message>
        <source>%1: would log in with the new password</source>
        <translation>%1: iniciaría sesión con la contraseña nueva</translation>
    </message>
    <message>
        <source>%1: the new password logs in (the old one still does too: check pg_hba.conf for trust)</source>
        <translation>%1: la contraseña nueva inicia sesión (la anterior también: revise pg_hba.conf por si hay trust)</translation>
    </message>
    <message>
        <source>%1: the new password logs in over verified TLS; the old one is refused</source>
        <translation>%1: la contraseña nueva inicia sesión sobre TLS verificado; la anterior se rechaza</translation>
    </message>
    <message>
        <source>no datastore named %1 in namespace %2</source>
        <translation>no hay ningún almacén llamado %1 en el espacio de nombres %2</translation>
    </message>
    <message>
        <source>name the datastores to rotate, or ask for all of them</source>
        <translation>indique los almacenes a rotar, o pida todos</translation>
    </message>
    <message>
        <source>%1: RabbitMQ passwords are not rotated by this version</source>
        <translation>%1: esta versión no rota contraseñas de RabbitMQ</translation>
    </message>
    <message>
        <source>%1: no credentials Secret found in its workload</source>
        <translation>%1: no se encontró Secret de credenciales en su carga</translation>
    </message>
    <message>
        <source>no PostgreSQL or Redis to rotate in namespace %1</source>
        <translation>no hay PostgreSQL ni Redis que rotar en el espacio de nombres %1</translation>
    </message>
    <message>
        <source>nothing to rotate: %1</source>
        <translation>nada que rotar: %1</translation>
    </message>
    <message>
        <source>Rotate the passwords of %1</source>
        <translation>Rotar las contraseñas de %1</translation>
    </message>
    <message>
        <source>%1 (%2:%3/%4)</source>
        <translation>%1 (%2:%3/%4)</translation>
    </message>
    <message>
        <source>cannot write %1 (is the disk full?): %2</source>
        <translation>no se puede escribir %1 (¿está lleno el disco?): %2</translation>
    </message>
    <message>
        <source>%1: cannot resolve %2: %3</source>
        <translation>%1: no se puede resolver %2: %3</translation>
    </message>
    <message>
        <source>%1, database %2</source>
        <translation>%1, base de datos %2</translation>
    </message>
    <message>
        <source>GPGME: loopback pinentry refused: %1</source>
        <translation>GPGME: pinentry en modo loopback rechazado: %1</translation>
    </message>
    <message>
        <source>no passphrase for the recovery record</source>
        <translation>no hay frase de paso para el registro de recuperación</translation>
    </message>
    <message>
        <source>GPGME: %1</source>
        <translation>GPGME: %1</translation>
    </message>
    <message>
        <source>encrypting the recovery record failed: %1</source>
        <translation>el cifrado del registro de recuperación falló: %1</translation>
    </message>
    <message>
        <source>cannot write the recovery record %1: %2</source>
        <translation>no se puede escribir el registro de recuperación %1: %2</translation>
    </message>
    <message>
        <source>cannot read the recovery record %1: %2</source>
        <translation>no se puede leer el registro de recuperación %1: %2</translation>
    </message>
    <message>
        <source>GPGME could not allocate its buffers</source>
        <translation>GPGME no pudo reservar sus búferes</translation>
    </message>
    <message>
        <source>the recovery record %1 has no integrity check</source>
        <translation>el registro de recuperación %1 no tiene comprobación de integridad</translation>
    </message>
    <message>
        <source>decrypting the recovery record %1 failed: %2</source>
        <translation>el descifrado del registro de recuperación %1 falló: %2</translation>
    </message>
    <message>
        <source>cannot remove the recovery record %1</source>
        <translation>no se puede eliminar el registro de recuperación %1</translation>
    </message>
    <message>
        <source>cannot read the backup catalog %1: %2</source>
        <translation>no se puede leer el catálogo de copias %1: %2</translation>
    </message>
    <message>
        <source>the backup catalog %1 is corrupt: %2</source>
        <translation>el catálogo de copias %1 está dañado: %2</translation>
    </message>
    <message>
        <source>cannot write the backup catalog %1: %2</source>
        <translation>no se puede escribir el catálogo de copias %1: %2</translation>
    </message>
    <message>
        <source>the backup catalog %1 is locked by another process</source>
        <translation>otro proceso tiene bloqueado el catálogo de copias %1</translation>
    </message>
    <message>
        <source>%1: the password on the server may have changed and its recovery record %2 is missing</source>
        <translation>%1: la contraseña del servidor puede haber cambiado y falta su registro de recuperación %2</translation>
    </message>
    <message>
        <source>%1: the Secret %2 changed since the interrupted run read it (resourceVersion %3, now %4): stopped before changing anything</source>
        <translation>%1: el Secret %2 cambió desde que la ejecución interrumpida lo leyó (resourceVersion %3, ahora %4): detenido antes de cambiar nada</translation>
    </message>
    <message>
        <source>%1 is a pod but there is no cluster connection</source>
        <translation>%1 es un pod pero no hay conexión con el clúster</translation>
    </message>
    <message>
        <source>%1: the host %2 is a name that differs from tlsServerName %3: give its address</source>
        <translation>%1: el host %2 es un nombre distinto de tlsServerName %3: indique su dirección</translation>
    </message>
    <message>
        <source>%1 cannot hold a backup being written (its name must end in %2)</source>
        <translation>%1 no puede contener una copia de seguridad en curso (su nombre debe terminar en %2)</translation>
    </message>
    <message>
        <source>the backup catalog %1 cannot be written</source>
        <translation>no se puede escribir el catálogo de copias de seguridad %1</translation>
    </message>
    <message>
        <source>%1: the journal does not name the backup file it was writing</source>
        <translation>%1: el diario no indica el fichero de copia de seguridad que estaba escribiendo</translation>
    </message>
    <message>
        <source>there is no backup %1: it was never finished</source>
        <translation>no hay ninguna copia de seguridad %1: nunca se terminó</translation>
    </message>
    <message>
        <source>the backup %1 was written but never verified: verify it or delete it</source>
        <translation>la copia de seguridad %1 se escribió pero nunca se verificó: verifíquela o elimínela</translation>
    </message>
    <message>
        <source>the backup %1 is there, verified and in the backup catalog</source>
        <translation>la copia de seguridad %1 existe, está verificada y está en el catálogo de copias de seguridad</translation>
    </message>
    <message>
        <source>the backup %1 is there and verified, but not in the backup catalog</source>
        <translation>la copia de seguridad %1 existe y está verificada, pero no está en el catálogo de copias de seguridad</translation>
    </message>
    <message>
        <source>no secret key %1 in the keyring to sign the backup with: %2</source>
        <translation>no hay ninguna clave secreta %1 en el anillo de claves con la que firmar la copia: %2</translation>
    </message>
    <message>
        <source>the key %1 cannot sign (revoked, expired, disabled or without a signing subkey)</source>
        <translation>la clave %1 no puede firmar (revocada, caducada, desactivada o sin subclave de firma)</translation>
    </message>
    <message>
        <source>gpg cannot sign with %1: %2</source>
        <translation>gpg no puede firmar con %1: %2</translation>
    </message>
    <message>
        <source>gpg did not sign the backup with %1</source>
        <translation>gpg no firmó la copia de seguridad con %1</translation>
    </message>
    <message>
        <source>roles belong to the whole server</source>
        <translation>los roles pertenecen a todo el servidor</translation>
    </message>
    <message>
        <source>databases belong to the whole server</source>
        <translation>las bases de datos pertenecen a todo el servidor</translation>
    </message>
    <message>
        <source>tablespaces belong to the whole server</source>
        <translation>los tablespaces pertenecen a todo el servidor</translation>
    </message>
    <message>
        <source>it changes the server itself</source>
        <translation>cambia el propio servidor</translation>
    </message>
    <message>
        <source>it reads or writes files or runs programs on the server machine</source>
        <translation>lee o escribe ficheros o ejecuta programas en la máquina del servidor</translation>
    </message>
    <message>
        <source>it acts as another role</source>
        <translation>actúa como otro rol</translation>
    </message>
    <message>
        <source>it loads code into the server</source>
        <translation>carga código en el servidor</translation>
    </message>
    <message>
        <source>it connects to other servers</source>
        <translation>se conecta a otros servidores</translation>
    </message>
    <message>
        <source>it acts on other sessions</source>
        <translation>actúa sobre otras sesiones</translation>
    </message>
    <message>
        <source>it ends the restore&apos;s transaction before its check</source>
        <translation>termina la transacción de la restauración antes de su comprobación</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>COPY to or from a server file</source>
        <translation>COPY hacia o desde un fichero del servidor</translation>
    </message>
    <message>
        <source>%1 of a role membership</source>
        <translation>%1 de una pertenencia a un rol</translation>
    </message>
    <message>
        <source>CREATE EXTENSION %1, which is not among the extensions a restore may create</source>
        <translation>CREATE EXTENSION %1, que no está entre las extensiones que una restauración puede crear</translation>
    </message>
    <message>
        <source>a function whose body runs %1</source>
        <translation>una función cuyo cuerpo ejecuta %1</translation>
    </message>
    <message>
        <source>line %1: a statement of the dump is longer than %2 MiB</source>
        <translation>línea %1: una sentencia del volcado ocupa más de %2 MiB</translation>
    </message>
    <message>
        <source>line %1: the dump reaches outside the scratch database with %2: %3</source>
        <translation>línea %1: el volcado sale de la base de datos provisional con %2: %3</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>firmada por %1</translation>
    </message>
    <message>
        <source>its signature by %1 does not verify: it was forged or changed, or the key is revoked or expired</source>
        <translation>su firma por %1 no se verifica: se falsificó o se modificó, o la clave está revocada o caducada</translation>
    </message>
    <message>
        <source>signed by %1, a key this keyring does not hold valid</source>
        <translation>firmada por %1, una clave que este anillo de claves no tiene como válida</translation>
    </message>
    <message>
        <source>signed by the key %1, which is not in this keyring</source>
        <translation>firmada por la clave %1, que no está en este anillo de claves</translation>
    </message>
    <message>
        <source>not signed: anyone with the public key or the passphrase could have made it</source>
        <translation>sin firmar: cualquiera con la clave pública o la frase de contraseña podría haberla hecho</translation>
    </message>
    <message>
        <source> (restore it anyway only if you know where it comes from: --allow-unsigned)</source>
        <translation> (restáurela de todos modos solo si sabe de dónde procede: --allow-unsigned)</translation>
    </message>
    <message>
        <source>%1: %2 is refused: %3%4</source>
        <translation>%1: se rechaza %2: %3%4</translation>
    </message>
    <message>
        <source> — restored anyway, as asked</source>
        <translation> — restaurada de todos modos, como se pidió</translation>
    </message>
    <message>
        <source>%1: decrypted (%2), integrity check passed; %3%4</source>
        <translation>%1: descifrada (%2), comprobación de integridad superada; %3%4</translation>
    </message>
    <message>
        <source>%1: the dry run cannot record its scratch database before creating it: %2</source>
        <translation>%1: la simulación no puede registrar su base de datos provisional antes de crearla: %2</translation>
    </message>
    <message>
        <source>%1: no scratch database was made</source>
        <translation>%1: no se creó ninguna base de datos provisional</translation>
    </message>
    <message>
        <source>%1: the journal does not name the scratch database</source>
        <translation>%1: el diario no indica la base de datos provisional</translation>
    </message>
    <message>
        <source>%1: cannot look for the scratch database %2: %3</source>
        <translation>%1: no se puede buscar la base de datos provisional %2: %3</translation>
    </message>
    <message>
        <source>%1: there is no database %2: the scratch copy was never made</source>
        <translation>%1: no hay ninguna base de datos %2: la copia provisional nunca se creó</translation>
    </message>
    <message>
        <source>%1: the scratch database %2 exists (OID %3), perhaps half restored</source>
        <translation>%1: la base de datos provisional %2 existe (OID %3), quizá restaurada a medias</translation>
    </message>
    <message>
        <source>Warning: the dump comes from PostgreSQL %1, newer than this server (%2): what it uses may not exist here, and a restore that works may still differ.</source>
        <translation>Aviso: el volcado procede de PostgreSQL %1, más reciente que este servidor (%2): lo que usa puede no existir aquí, y una restauración que funcione todavía puede diferir.</translation>
    </message>
    <message>
        <source>Scratch copy of a dry run: restore %1 into %2</source>
        <translation>Copia provisional de una simulación: restaurar %1 en %2</translation>
    </message>
    <message>
        <source> (a superuser)</source>
        <translation> (un superusuario)</translation>
    </message>
    <message>
        <source>%1: the restore was stopped at its last check, before it committed, as role %3: %2. Nothing of it was kept.</source>
        <translation>%1: la restauración se detuvo en su última comprobación, antes de confirmarse, como rol %3: %2. No se conservó nada de ella.</translation>
    </message>
    <message>
        <source>%1: psql ended without reaching the check of the server-wide catalogs: %2</source>
        <translation>%1: psql terminó sin llegar a la comprobación de los catálogos de todo el servidor: %2</translation>
    </message>
    <message>
        <source>%1: restored into %2 as role %3; nothing outside the scratch database changed</source>
        <translation>%1: restaurado en %2 como rol %3; no cambió nada fuera de la base de datos provisional</translation>
    </message>
    <message>
        <source>psql&apos;s session could not be found at the gate</source>
        <translation>no se encontró la sesión de psql en el punto de control</translation>
    </message>
    <message>
        <source>it changed %1 outside the scratch database</source>
        <translation>cambió %1 fuera de la base de datos provisional</translation>
    </message>
    <message>
        <source>%1: no scratch database was named: nothing to drop</source>
        <translation>%1: no se indicó ninguna base de datos provisional: nada que eliminar</translation>
    </message>
    <message>
        <source>%1: the restored copy (OID %2) is now named %3: the swap was done and is not undone; nothing was dropped</source>
        <translation>%1: la copia restaurada (OID %2) se llama ahora %3: el intercambio se hizo y no se deshace; no se eliminó nada</translation>
    </message>
    <message>
        <source>%1: there is no scratch database %2: nothing to drop</source>
        <translation>%1: no hay ninguna base de datos provisional %2: nada que eliminar</translation>
    </message>
    <message>
        <source>%1: the database %2 is not the one this restore made (OID %3, not %4): it was not dropped</source>
        <translation>%1: la base de datos %2 no es la que creó esta restauración (OID %3, no %4): no se eliminó</translation>
    </message>
    <message>
        <source>%1: the scratch database %2 is still there after DROP DATABASE</source>
        <translation>%1: la base de datos provisional %2 sigue existiendo tras DROP DATABASE</translation>
    </message>
    <message>
        <source>%1: the journal does not say which database the restored copy is</source>
        <translation>%1: el diario no indica qué base de datos es la copia restaurada</translation>
    </message>
    <message>
        <source>%1: cannot read the databases: %2</source>
        <translation>%1: no se pueden leer las bases de datos: %2</translation>
    </message>
    <message>
        <source>%1: the swap was done: %2 is the restored copy (OID %3) and the previous database is %4 (OID %5)</source>
        <translation>%1: el intercambio se hizo: %2 es la copia restaurada (OID %3) y la base de datos anterior es %4 (OID %5)</translation>
    </message>
    <message>
        <source>%1: nothing was renamed: the restored copy is still %2 and %3 is the original</source>
        <translation>%1: no se renombró nada: la copia restaurada sigue siendo %2 y %3 es la original</translation>
    </message>
    <message>
        <source>%1: the databases are neither before nor after the swap (restored copy: OID %2; found: %3)</source>
        <translation>%1: las bases de datos no están ni antes ni después del intercambio (copia restaurada: OID %2; encontrado: %3)</translation>
    </message>
    <message>
        <source>the old and the new password are in the recovery record %1; read them with: gpg --decrypt %1 (it asks for your recovery passphrase)</source>
        <translation>la contraseña antigua y la nueva están en el registro de recuperación %1; léalas con: gpg --decrypt %1 (pide su frase de recuperación)</translation>
    </message>
    <message>
        <source>%1: reading the Secret %2 failed: %3</source>
        <translation>%1: falló la lectura del Secret %2: %3</translation>
    </message>
    <message>
        <source>%1: the Secret %2 does not hold the old password</source>
        <translation>%1: el Secret %2 no contiene la contraseña antigua</translation>
    </message>
    <message>
        <source>%1: the password in the Secret does not log in: %2</source>
        <translation>%1: la contraseña del Secret no inicia sesión: %2</translation>
    </message>
    <message>
        <source>%1: the recovery record is kept: the rollback is incomplete and it may hold the password in use; %2</source>
        <translation>%1: se conserva el registro de recuperación: la reversión está incompleta y puede contener la contraseña en uso; %2</translation>
    </message>
    <message>
        <source>%1: the recovery record is kept, the end state could not be checked (%2); %3</source>
        <translation>%1: se conserva el registro de recuperación, no se pudo comprobar el estado final (%2); %3</translation>
    </message>
    <message>
        <source>%1: the recovery record is kept, the rollback could not be verified: %2; %3</source>
        <translation>%1: se conserva el registro de recuperación, no se pudo verificar la reversión: %2; %3</translation>
    </message>
    <message>
        <source>%1: the Secret holds the old password and it logs in; recovery record deleted</source>
        <translation>%1: el Secret contiene la contraseña antigua y esta inicia sesión; registro de recuperación eliminado</translation>
    </message>
    <message>
        <source>%1: no recovery record was written</source>
        <translation>%1: no se escribió ningún registro de recuperación</translation>
    </message>
    <message>
        <source>%1: the recovery record %2 exists but cannot be opened: %3</source>
        <translation>%1: el registro de recuperación %2 existe pero no se puede abrir: %3</translation>
    </message>
    <message>
        <source>%1: the recovery record %2 was written and opens</source>
        <translation>%1: el registro de recuperación %2 se escribió y se abre</translation>
    </message>
    <message>
        <source>%1: cannot tell whether the password changed on the server: %2; %3</source>
        <translation>%1: no se puede saber si la contraseña cambió en el servidor: %2; %3</translation>
    </message>
    <message>
        <source>%1: the new password logs in: the server applied the change</source>
        <translation>%1: la contraseña nueva inicia sesión: el servidor aplicó el cambio</translation>
    </message>
    <message>
        <source>%1: the old password still logs in: the change did not happen</source>
        <translation>%1: la contraseña antigua sigue iniciando sesión: el cambio no se produjo</translation>
    </message>
    <message>
        <source>%1: neither password logs in (new: %2; old: %3); %4</source>
        <translation>%1: ninguna de las dos contraseñas inicia sesión (nueva: %2; antigua: %3); %4</translation>
    </message>
    <message>
        <source>%1: the old password could not be put back: %2; the server still has the new password: %3</source>
        <translation>%1: no se pudo restablecer la contraseña antigua: %2; el servidor sigue teniendo la contraseña nueva: %3</translation>
    </message>
    <message>
        <source>%1: the Secret %2 holds the new password: the patch was applied</source>
        <translation>%1: el Secret %2 contiene la contraseña nueva: el parche se aplicó</translation>
    </message>
    <message>
        <source>%1: the Secret %2 still holds the old password: the patch did not happen</source>
        <translation>%1: el Secret %2 sigue conteniendo la contraseña antigua: el parche no se aplicó</translation>
    </message>
    <message>
        <source>%1: the Secret %2 holds neither the old nor the new password: someone else changed it; %3</source>
        <translation>%1: el Secret %2 no contiene ni la contraseña antigua ni la nueva: otro la cambió; %3</translation>
    </message>
    <message>
        <source>%1: the Secret %2 does not hold the new password</source>
        <translation>%1: el Secret %2 no contiene la contraseña nueva</translation>
    </message>
    <message>
        <source>cannot create a private temporary directory: no path</source>
        <translation>no se puede crear un directorio temporal privado: no hay ruta</translation>
    </message>
    <message>
        <source>cannot create the private temporary directory %1: %2</source>
        <translation>no se puede crear el directorio temporal privado %1: %2</translation>
    </message>
    <message>
        <source>cannot create the in-memory password file: %1</source>
        <translation>no se puede crear el fichero de contraseña en memoria: %1</translation>
    </message>
    <message>
        <source>cannot write the in-memory password file: %1</source>
        <translation>no se puede escribir el fichero de contraseña en memoria: %1</translation>
    </message>
    <message>
        <source>“%1” cannot tell whether its change happened: check it by hand</source>
        <translation>«%1» no puede saber si su cambio se produjo: compruébelo a mano</translation>
    </message>
    <message>
        <source>“%1” changes nothing that needs putting back</source>
        <translation>«%1» no cambia nada que haya que restablecer</translation>
    </message>
    <message>
        <source>the Secret is left with the new password: %1</source>
        <translation>el Secret se queda con la contraseña nueva: %1</translation>
    </message>
    <message>
        <source>%1: a role named %2 already exists</source>
        <translation>%1: ya existe un rol llamado %2</translation>
    </message>
    <message>
        <source>%1: cannot make a password for the restore role: %2</source>
        <translation>%1: no se puede crear una contraseña para el rol de restauración: %2</translation>
    </message>
    <message>
        <source>%1: there is no database %2, but the restore role %3 exists</source>
        <translation>%1: no existe la base de datos %2, pero existe el rol de restauración %3</translation>
    </message>
    <message>
        <source>%1 (made for this restore: it cannot create or alter roles or databases, nor act as %2)</source>
        <translation>%1 (creado para esta restauración: no puede crear ni modificar roles ni bases de datos, ni actuar como %2)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot set aside the ownership lines of the dump in %1</source>
        <translation>no se pueden apartar las líneas de propiedad del volcado en %1</translation>
    </message>
    <message>
        <source>%1: the restored copy could not be handed over to %2: %3</source>
        <translation>%1: no se pudo entregar la copia restaurada a %2: %3</translation>
    </message>
    <message>
        <source>%1: the role %2 is still there after DROP ROLE</source>
        <translation>%1: el rol %2 sigue existiendo tras DROP ROLE</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ownership statement(s) of the dump applied by %2, the rest of the copy given to %2; the role %3 is dropped</source>
        <translation>
            <numerusform>%1: %n sentencia de propiedad del volcado aplicada por %2, el resto de la copia entregado a %2; el rol %3 se elimina</numerusform>
            <numerusform>%1: %n sentencias de propiedad del volcado aplicadas por %2, el resto de la copia entregado a %2; el rol %3 se elimina</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the restore role %2 could not be dropped: %3</source>
        <translation>%1: no se pudo eliminar el rol de restauración %2: %3</translation>
    </message>
    <message>
        <source>%1: dropped the restore role %2</source>
        <translation>%1: eliminado el rol de restauración %2</translation>
    </message>
    <message>
        <source>%1: psql stopped the restore into %2 as role %5 (exit %3): %4</source>
        <translation>%1: psql detuvo la restauración en %2 como el rol %5 (salida %3): %4</translation>
    </message>
</context>
<context>
    <name>Ops::CertRenewal</name>
    <message>
        <source>the new certificate cannot be read</source>
        <translation>no se puede leer el certificado nuevo</translation>
    </message>
    <message>
        <source>the CA bundle holds no certificate</source>
        <translation>el paquete de CA no contiene ningún certificado</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>no se puede crear el directorio %1</translation>
    </message>
    <message>
        <source>%1 exists already; choose another output directory</source>
        <translation>%1 ya existe; elija otro directorio de salida</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a PEM file</source>
        <translation>%1 es demasiado grande para un archivo PEM</translation>
    </message>
    <message>
        <source>The new key of the Secret %1 does not match its certificate.</source>
        <translation>La clave nueva del Secret %1 no corresponde a su certificado.</translation>
    </message>
    <message>
        <source>The new certificate of the Secret %1 does not verify for %2: %3</source>
        <translation>El certificado nuevo del Secret %1 no se verifica para %2: %3</translation>
    </message>
    <message>
        <source>Check the new certificates (key, chain, names)</source>
        <translation>Comprobar los certificados nuevos (clave, cadena, nombres)</translation>
    </message>
    <message>
        <source>  %1: serial %2, %3, names %4</source>
        <translation>  %1: número de serie %2, %3, nombres %4</translation>
    </message>
    <message>
        <source>The key matches each new certificate, the chain verifies to the CA and the names are covered.</source>
        <translation>La clave corresponde a cada certificado nuevo, la cadena se verifica hasta la CA y los nombres están cubiertos.</translation>
    </message>
    <message numerus="yes">
        <source>Would write %n file(s) to %1</source>
        <translation>
            <numerusform>Escribiría %n archivo en %1</numerusform>
            <numerusform>Escribiría %n archivos en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1 (readable by you only)</source>
        <translation>
            <numerusform>Se escribió %n archivo en %1 (solo usted puede leerlo)</numerusform>
            <numerusform>Se escribieron %n archivos en %1 (solo usted puede leerlos)</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the cluster is gone</source>
        <translation>Se perdió la conexión con el clúster</translation>
    </message>
    <message>
        <source>Patch the Secret %1 with the new certificate</source>
        <translation>Modificar el Secret %1 con el certificado nuevo</translation>
    </message>
    <message>
        <source># The Secret %1 after the patch (key material elided)</source>
        <translation># El Secret %1 tras la modificación (material de clave omitido)</translation>
    </message>
    <message>
        <source>precondition: the patch fails (409) if the Secret changed</source>
        <translation>precondición: la modificación falla (409) si el Secret cambió</translation>
    </message>
    <message>
        <source>new certificate, serial %1, valid until %2, SANs: %3</source>
        <translation>certificado nuevo, número de serie %1, válido hasta %2, SAN: %3</translation>
    </message>
    <message>
        <source>elided: new %1 private key</source>
        <translation>omitida: clave privada %1 nueva</translation>
    </message>
    <message numerus="yes">
        <source>CA bundle, %n certificate(s)</source>
        <translation>
            <numerusform>paquete de CA, %n certificado</numerusform>
            <numerusform>paquete de CA, %n certificados</numerusform>
        </translation>
    </message>
    <message>
        <source># Undo: the previous data is put back (precondition: our resourceVersion) and %1 restarted again.</source>
        <translation># Deshacer: se restauran los datos anteriores (precondición: nuestra resourceVersion) y se reinicia de nuevo %1.</translation>
    </message>
    <message>
        <source>Patched the Secret %1: it holds the certificate with serial %2</source>
        <translation>Secret %1 modificado: contiene el certificado con número de serie %2</translation>
    </message>
    <message>
        <source>The previous data of the Secret %1 is not known: restore it from %2</source>
        <translation>No se conocen los datos anteriores del Secret %1: restáurelos desde %2</translation>
    </message>
    <message>
        <source>Restart %1/%2 and check %3 serves the new certificate</source>
        <translation>Reiniciar %1/%2 y comprobar que %3 sirve el certificado nuevo</translation>
    </message>
    <message>
        <source>  verify: a TLS handshake with %1 serves serial %2</source>
        <translation>  verificación: un handshake TLS con %1 sirve el número de serie %2</translation>
    </message>
    <message>
        <source>%1 serves the new certificate (serial %2), verified against the CA</source>
        <translation>%1 sirve el certificado nuevo (número de serie %2), verificado con la CA</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <source>%1 holds no certificate: %2</source>
        <translation>%1 no contiene ningún certificado: %2</translation>
    </message>
    <message>
        <source>%1 is not a CA certificate (basicConstraints CA:FALSE): it cannot sign</source>
        <translation>%1 no es un certificado de CA (basicConstraints CA:FALSE): no puede firmar</translation>
    </message>
    <message>
        <source>%1 is not a private key Proofer can read (PEM, unencrypted)</source>
        <translation>%1 no es una clave privada que Proofer pueda leer (PEM, sin cifrar)</translation>
    </message>
    <message>
        <source>The CA key %1 does not match the CA certificate %2</source>
        <translation>La clave de CA %1 no corresponde al certificado de CA %2</translation>
    </message>
    <message>
        <source>Could not generate the CA key: %1</source>
        <translation>No se pudo generar la clave de la CA: %1</translation>
    </message>
    <message>
        <source>Proofer CA for %1</source>
        <translation>CA de Proofer para %1</translation>
    </message>
    <message>
        <source>Could not issue the CA certificate: %1</source>
        <translation>No se pudo emitir el certificado de la CA: %1</translation>
    </message>
    <message>
        <source>Could not generate the key for the Secret %1: %2</source>
        <translation>No se pudo generar la clave para el Secret %1: %2</translation>
    </message>
    <message>
        <source>Could not issue the certificate for the Secret %1: %2</source>
        <translation>No se pudo emitir el certificado para el Secret %1: %2</translation>
    </message>
    <message>
        <source>The validity must be between 1 and 3650 days, not %1</source>
        <translation>La validez debe estar entre 1 y 3650 días, no %1</translation>
    </message>
    <message>
        <source>RSA keys must have 2048 to 8192 bits, not %1</source>
        <translation>Las claves RSA deben tener de 2048 a 8192 bits, no %1</translation>
    </message>
    <message>
        <source>Renewing with an existing CA needs its certificate and its key</source>
        <translation>Renovar con una CA existente requiere su certificado y su clave</translation>
    </message>
    <message>
        <source>No datastore of namespace %1 has a TLS Secret: there is nothing to renew</source>
        <translation>Ningún almacén de datos del namespace %1 tiene un Secret TLS: no hay nada que renovar</translation>
    </message>
    <message>
        <source>There is no datastore %1 in namespace %2</source>
        <translation>No hay ningún almacén de datos %1 en el namespace %2</translation>
    </message>
    <message>
        <source>The Secret %1 cannot be read in namespace %2: Proofer needs to read and patch it</source>
        <translation>No se puede leer el Secret %1 en el namespace %2: Proofer necesita leerlo y modificarlo</translation>
    </message>
    <message>
        <source>%1 shares the Secret %2: it is restarted and verified too</source>
        <translation>%1 comparte el Secret %2: también se reinicia y se verifica</translation>
    </message>
    <message>
        <source>A new CA signs the certificates: clients that verify the servers need its certificate (ca.crt of the Secret, which keeps the old CA too). Restart them after the renewal.</source>
        <translation>Una CA nueva firma los certificados: los clientes que verifican los servidores necesitan su certificado (ca.crt del Secret, que conserva también la CA anterior). Reinícielos después de la renovación.</translation>
    </message>
    <message>
        <source>Renew the TLS certificates of %1</source>
        <translation>Renovar los certificados TLS de %1</translation>
    </message>
    <message>
        <source>Write the new CA to %1</source>
        <translation>Escribir la CA nueva en %1</translation>
    </message>
    <message>
        <source>Write the new key and certificate of %1 to %2</source>
        <translation>Escribir la clave y el certificado nuevos de %1 en %2</translation>
    </message>
    <message>
        <source>There is no connection to the cluster</source>
        <translation>No hay conexión con el clúster</translation>
    </message>
    <message>
        <source>%1 served no certificate</source>
        <translation>%1 no sirvió ningún certificado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: which certificate file its server reads is not known (%2); Proofer does not guess which Secret key to write</source>
        <translation>%1: no se sabe qué fichero de certificado lee su servidor (%2); Proofer no adivina en qué clave del Secret escribir</translation>
    </message>
    <message>
        <source>%1: the Secret key its certificate file (%2) comes from is not known (%3); Proofer does not guess which key to write</source>
        <translation>%1: no se sabe de qué clave del Secret procede su fichero de certificado (%2) (%3); Proofer no adivina en qué clave escribir</translation>
    </message>
    <message>
        <source>%1: the Secret key its key file (%2) comes from is not known (%3); Proofer does not guess which key to write</source>
        <translation>%1: no se sabe de qué clave del Secret procede su fichero de clave (%2) (%3); Proofer no adivina en qué clave escribir</translation>
    </message>
    <message>
        <source>%1 reads its certificate from the Secret %2 and its key from the Secret %3: Proofer renews a certificate and its key together, in one Secret</source>
        <translation>%1 lee su certificado del Secret %2 y su clave del Secret %3: Proofer renueva un certificado y su clave juntos, en un solo Secret</translation>
    </message>
    <message>
        <source>The CA file %1 reads (%2) is not in the Secret %3: it is left as it is, and must trust the new CA before clients rely on it</source>
        <translation>El fichero de CA que lee %1 (%2) no está en el Secret %3: se deja como está, y debe confiar en la nueva CA antes de que los clientes dependan de ella</translation>
    </message>
    <message>
        <source>The datastores that share the Secret %1 read different keys of it (%2 reads %3 and %4): renew them separately</source>
        <translation>Los almacenes de datos que comparten el Secret %1 leen claves distintas de él (%2 lee %3 y %4): renuévelos por separado</translation>
    </message>
    <message>
        <source>The servers read their certificate, key and CA from the same key of the Secret %1: Proofer cannot write them back separately</source>
        <translation>Los servidores leen su certificado, su clave y su CA de la misma clave del Secret %1: Proofer no puede volver a escribirlos por separado</translation>
    </message>
    <message>
        <source># The CA file the servers read is not in this Secret: it is left as it is.</source>
        <translation># El fichero de CA que leen los servidores no está en este Secret: se deja como está.</translation>
    </message>
    <message>
        <source># Other keys of the Secret are kept; no key is renamed.</source>
        <translation># Las demás claves del Secret se conservan; no se renombra ninguna clave.</translation>
    </message>
    <message>
        <source>The Secret %1 cannot be read: %2</source>
        <translation>No se puede leer el Secret %1: %2</translation>
    </message>
    <message>
        <source>The Secret %1 holds the new certificate (serial %2), but the copy of its previous data is not in %3: it could not be put back</source>
        <translation>El Secret %1 contiene el certificado nuevo (número de serie %2), pero la copia de sus datos anteriores no está en %3: no se pudieron restablecer</translation>
    </message>
    <message>
        <source>The Secret %1 holds the new certificate (serial %2): the patch was applied</source>
        <translation>El Secret %1 contiene el certificado nuevo (número de serie %2): el parche se aplicó</translation>
    </message>
    <message>
        <source>The Secret %1 still holds the previous certificate (serial %2): the patch was not applied</source>
        <translation>El Secret %1 sigue conteniendo el certificado anterior (número de serie %2): el parche no se aplicó</translation>
    </message>
    <message>
        <source>The Secret %1 holds serial %2, neither the previous %3 nor the new %4: someone else changed it</source>
        <translation>El Secret %1 contiene el número de serie %2, ni el anterior %3 ni el nuevo %4: otro lo cambió</translation>
    </message>
    <message>
        <source>What %1 serves cannot be compared with its Secret: %2</source>
        <translation>Lo que sirve %1 no se puede comparar con su Secret: %2</translation>
    </message>
    <message>
        <source>the Secret holds no certificate</source>
        <translation>el Secret no contiene ningún certificado</translation>
    </message>
    <message>
        <source>%1 serves serial %2, the certificate its Secret holds</source>
        <translation>%1 sirve el número de serie %2, el certificado que contiene su Secret</translation>
    </message>
    <message>
        <source>%1 serves serial %2, not the %3 its Secret holds: it was not restarted with it</source>
        <translation>%1 sirve el número de serie %2, no el %3 que contiene su Secret: no se reinició con él</translation>
    </message>
    <message>
        <source>it is in %1</source>
        <translation>está en %1</translation>
    </message>
    <message>
        <source>%1 serves serial %2, not %3</source>
        <translation>%1 sirve el serial %2, no %3</translation>
    </message>
    <message>
        <source>%1 serves serial %2 but it does not verify: %3</source>
        <translation>%1 sirve el serial %2 pero no se verifica: %3</translation>
    </message>
    <message>
        <source>the Secret %1 held no certificate before: what %2 serves now cannot be compared with it</source>
        <translation>el Secret %1 no tenía certificado antes: lo que %2 sirve ahora no se puede comparar con él</translation>
    </message>
</context>
<context>
    <name>Ops::Journal</name>
    <message>
        <source>Cannot create the journal directory %1</source>
        <translation>No se puede crear el directorio del diario %1</translation>
    </message>
    <message>
        <source>Cannot create the journal %1: %2</source>
        <translation>No se puede crear el diario %1: %2</translation>
    </message>
    <message>
        <source>Cannot create a journal in %1: every name tried exists</source>
        <translation>No se puede crear un diario en %1: todos los nombres probados ya existen</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>No se puede abrir el diario %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Proofer journal (its first line is not a plan)</source>
        <translation>%1 no es un diario de Proofer (su primera línea no es un plan)</translation>
    </message>
    <message>
        <source>No journal to write to</source>
        <translation>No hay diario en el que escribir</translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>No se puede escribir el diario %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the journal %1 to disk</source>
        <translation>No se puede escribir el diario %1 en el disco</translation>
    </message>
    <message>
        <source>Cannot lock the journal %1: %2</source>
        <translation>No se puede bloquear el diario %1: %2</translation>
    </message>
    <message>
        <source>The run of %1 is in use by another process or window (its journal is locked): nothing was done. Try again once it has finished.</source>
        <translation>La ejecución de %1 está en uso por otro proceso o ventana (su diario está bloqueado): no se ha hecho nada. Vuelva a intentarlo cuando haya terminado.</translation>
    </message>
</context>
<context>
    <name>Ops::PatchSecret</name>
    <message>
        <source>The connection to the cluster is gone</source>
        <translation>Se perdió la conexión con el clúster</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the Secret %1 was changed by someone else since it was read (resourceVersion %2, now %3): it would not be patched</source>
        <translation>otra persona cambió el Secret %1 después de leerlo (resourceVersion %2, ahora %3): no se modificaría</translation>
    </message>
    <message>
        <source>would patch the Secret %1 (resourceVersion %2)</source>
        <translation>modificaría el Secret %1 (resourceVersion %2)</translation>
    </message>
    <message>
        <source>reading the Secret %1 failed, it was not patched: %2</source>
        <translation>la lectura del Secret %1 falló, no se modificó: %2</translation>
    </message>
    <message>
        <source>the Secret %1 was changed by someone else since it was read (409 Conflict): it was not patched. Make the plan again.</source>
        <translation>otra persona cambió el Secret %1 después de leerlo (409 Conflict): no se modificó. Vuelva a preparar el plan.</translation>
    </message>
    <message>
        <source>patching the Secret %1 failed: %2</source>
        <translation>la modificación del Secret %1 falló: %2</translation>
    </message>
    <message>
        <source>the Secret %1 was not changed</source>
        <translation>el Secret %1 no se cambió</translation>
    </message>
    <message>
        <source>cannot put back the Secret %1: %2</source>
        <translation>no se puede restaurar el Secret %1: %2</translation>
    </message>
    <message>
        <source>the Secret %1 was changed by someone else after it was patched (409 Conflict): its previous data was not put back</source>
        <translation>otra persona cambió el Secret %1 después de modificarlo (409 Conflict): sus datos anteriores no se restauraron</translation>
    </message>
    <message>
        <source>could not put back the previous data of the Secret %1: %2</source>
        <translation>no se pudieron restaurar los datos anteriores del Secret %1: %2</translation>
    </message>
    <message>
        <source>the Secret %1 holds its previous data again</source>
        <translation>el Secret %1 vuelve a tener sus datos anteriores</translation>
    </message>
    <message>
        <source>restarted %1 again</source>
        <translation>%1 reiniciado de nuevo</translation>
    </message>
    <message>
        <source>cannot tell whether the Secret %1 was patched: %2</source>
        <translation>no se puede saber si el Secret %1 se modificó: %2</translation>
    </message>
    <message>
        <source>the Secret %1 cannot be read: %2</source>
        <translation>no se puede leer el Secret %1: %2</translation>
    </message>
    <message>
        <source>but it is not proven to be in use again: %1</source>
        <translation>pero no está probado que vuelva a estar en uso: %1</translation>
    </message>
</context>
<context>
    <name>Ops::Recovery</name>
    <message>
        <source>The last line of the journal (line %1) is incomplete: the process stopped while writing it. It was ignored.</source>
        <translation>La última línea del diario (línea %1) está incompleta: el proceso se detuvo mientras la escribía. Se ha ignorado.</translation>
    </message>
    <message>
        <source>Lines %1 of the journal cannot be read and were ignored.</source>
        <translation>Las líneas %1 del diario no se pueden leer y se han ignorado.</translation>
    </message>
    <message>
        <source>The plan made again from the journal does not have the same steps as the run that stopped (the fleet changed since: a datastore or Secret is gone or new). It cannot be resumed or rolled back automatically; the journal %1 says what was done.</source>
        <translation>El plan rehecho a partir del diario no tiene los mismos pasos que la ejecución que se detuvo (la flota ha cambiado desde entonces: un almacén de datos o un Secret ha desaparecido o es nuevo). No se puede reanudar ni revertir automáticamente; el diario %1 dice lo que se hizo.</translation>
    </message>
    <message>
        <source>%1 of %2 steps applied</source>
        <translation>%1 de %2 pasos aplicados</translation>
    </message>
    <message>
        <source>, last: %1</source>
        <translation>, último: %1</translation>
    </message>
    <message>
        <source>; interrupted during: %1</source>
        <translation>; interrumpido durante: %1</translation>
    </message>
    <message>
        <source>; it was rolling back</source>
        <translation>; se estaba revirtiendo</translation>
    </message>
    <message>
        <source>The new CA was written but not every certificate it signs: a plan made again would sign them with another CA. Roll back, then renew again.</source>
        <translation>Se escribió la nueva CA pero no todos los certificados que firma: un plan rehecho los firmaría con otra CA. Revierta y vuelva a renovar.</translation>
    </message>
    <message>
        <source>Writing the files of “%1” was interrupted: they may be incomplete. Roll back, then renew again into a new directory.</source>
        <translation>La escritura de los archivos de «%1» se interrumpió: pueden estar incompletos. Revierta y vuelva a renovar en un directorio nuevo.</translation>
    </message>
    <message>
        <source>A backup is not continued: the encryption key is not in the journal and a half-written file is never kept. The finished backups stay; roll back to close this run, then back up again.</source>
        <translation>Una copia de seguridad no se continúa: la clave de cifrado no está en el diario y nunca se conserva un archivo a medio escribir. Las copias terminadas se quedan; revierta para cerrar esta ejecución y vuelva a hacer la copia.</translation>
    </message>
    <message>
        <source>Proofer does not know operations of kind “%1”.</source>
        <translation>Proofer no conoce las operaciones de tipo «%1».</translation>
    </message>
    <message>
        <source>Its rollback failed: roll it back again once the cause is fixed.</source>
        <translation>Su reversión falló: revierta de nuevo cuando se haya corregido la causa.</translation>
    </message>
    <message>
        <source>It was rolling back a failure when it stopped: only a rollback can finish it.</source>
        <translation>Estaba revirtiendo un fallo cuando se detuvo: solo una reversión puede terminarla.</translation>
    </message>
    <message>
        <source>It is running elsewhere (process %1 is alive).</source>
        <translation>Se está ejecutando en otro lugar (el proceso %1 sigue vivo).</translation>
    </message>
    <message>
        <source>There is no connection to the cluster</source>
        <translation>No hay conexión con el clúster</translation>
    </message>
    <message>
        <source>The recovery passphrase is needed: the passwords are only in the encrypted recovery records.</source>
        <translation>Hace falta la frase de recuperación: las contraseñas solo están en los registros de recuperación cifrados.</translation>
    </message>
    <message>
        <source>There is no datastore %1 in the namespace any more</source>
        <translation>Ya no hay ningún almacén de datos %1 en el espacio de nombres</translation>
    </message>
    <message>
        <source>The run of %1 has ended already.</source>
        <translation>La ejecución de %1 ya ha terminado.</translation>
    </message>
    <message>
        <source>It is running elsewhere (process %1 is alive): it cannot be abandoned.</source>
        <translation>Se está ejecutando en otro lugar (el proceso %1 sigue vivo): no se puede abandonar.</translation>
    </message>
    <message>
        <source>Abandoned by the operator; left as it was: %1</source>
        <translation>Abandonada por el operador; se deja como estaba: %1</translation>
    </message>
    <message>
        <source>nothing applied</source>
        <translation>nada aplicado</translation>
    </message>
    <message>
        <source>This restore journal does not say which namespace it ran in; it cannot be rolled back from here. Drop its scratch database %1 by hand.</source>
        <translation>Este diario de restauración no dice en qué espacio de nombres se ejecutó; no se puede revertir desde aquí. Elimine a mano su base de datos provisional %1.</translation>
    </message>
    <message>
        <source>%1 (context %2)</source>
        <translation>%1 (contexto %2)</translation>
    </message>
    <message>
        <source>This run was made against the cluster %1, and Proofer is connected to %2 now. Connect to the run&apos;s cluster to resume or roll it back.</source>
        <translation>Esta ejecución se hizo contra el clúster %1, y ahora Proofer está conectado a %2. Conéctese al clúster de la ejecución para reanudarla o revertirla.</translation>
    </message>
    <message>
        <source>The journal does not say which cluster the run was made against (an older Proofer wrote it): make sure you are connected to that cluster.</source>
        <translation>El diario no indica contra qué clúster se hizo la ejecución (lo escribió una versión anterior de Proofer): asegúrese de estar conectado a ese clúster.</translation>
    </message>
    <message>
        <source>A Secret already holds its new password and its consumers may be using it: resume to finish the rotation (the encrypted recovery record is kept until the new password is verified).</source>
        <translation>Un Secret ya contiene su contraseña nueva y sus consumidores pueden estar usándola: reanude para terminar la rotación (el registro de recuperación cifrado se conserva hasta que se verifique la contraseña nueva).</translation>
    </message>
    <message>
        <source>A restore is not continued: its decrypted dump is not kept for a later run (a rollback wipes what is left of it). Roll back (the scratch copy is dropped, a swap is undone), then restore again.</source>
        <translation>Una restauración no se continúa: su volcado descifrado no se conserva para una ejecución posterior (una reversión borra lo que quede de él). Revierta (se elimina la copia provisional y se deshace un intercambio) y vuelva a restaurar.</translation>
    </message>
</context>
<context>
    <name>Ops::RestartWorkloads</name>
    <message>
        <source>The connection to the cluster is gone</source>
        <translation>Se perdió la conexión con el clúster</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is paused: it cannot be restarted (kubectl rollout resume first)</source>
        <translation>%1 está en pausa: no se puede reiniciar (primero kubectl rollout resume)</translation>
    </message>
    <message>
        <source>rollout restart of %1 failed: %2</source>
        <translation>el rollout restart de %1 falló: %2</translation>
    </message>
    <message>
        <source>%1 did not roll out: %2</source>
        <translation>%1 no completó el despliegue: %2</translation>
    </message>
    <message>
        <source>no workload to restart</source>
        <translation>no hay carga de trabajo que reiniciar</translation>
    </message>
    <message>
        <source>would restart %1 and wait for the rollout</source>
        <translation>reiniciaría %1 y esperaría al despliegue</translation>
    </message>
    <message>
        <source>restarted %1, rollout complete</source>
        <translation>%1 reiniciado, despliegue completado</translation>
    </message>
    <message>
        <source>nothing to restart again</source>
        <translation>nada que volver a reiniciar</translation>
    </message>
    <message>
        <source>restarted %1 again</source>
        <translation>%1 reiniciado de nuevo</translation>
    </message>
    <message>
        <source>a restart caught in the middle is done again: its rollout is what counts</source>
        <translation>un reinicio interrumpido a medias se repite: lo que cuenta es su despliegue</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>Reiniciar %1</translation>
    </message>
    <message>
        <source>Restart %1 and wait for its new pods</source>
        <translation>Reiniciar %1 y esperar a sus pods nuevos</translation>
    </message>
</context>
<context>
    <name>Ops::Runner</name>
    <message>
        <source>The step was cancelled before it finished</source>
        <translation>El paso se canceló antes de terminar</translation>
    </message>
    <message>
        <source>The dry run was cancelled.</source>
        <translation>La simulación se canceló.</translation>
    </message>
    <message>
        <source>The dry run found nothing in the way. Nothing was changed.</source>
        <translation>La simulación no encontró ningún obstáculo. No se cambió nada.</translation>
    </message>
    <message>
        <source>The dry run found problems (nothing was changed):</source>
        <translation>La simulación encontró problemas (no se cambió nada):</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Cancelado por el usuario.</translation>
    </message>
    <message>
        <source>Every step was applied and verified.</source>
        <translation>Todos los pasos se aplicaron y verificaron.</translation>
    </message>
    <message>
        <source>Stopped before “%1”: %2</source>
        <translation>Detenido antes de «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” was applied but the journal could not record it: %2</source>
        <translation>«%1» se aplicó pero el diario no pudo registrarlo: %2</translation>
    </message>
    <message>
        <source>“%1” was verified but the journal could not record it: %2</source>
        <translation>«%1» se verificó pero el diario no pudo registrarlo: %2</translation>
    </message>
    <message>
        <source>“%1” failed.</source>
        <translation>«%1» falló.</translation>
    </message>
    <message>
        <source>Everything that was changed has been put back.</source>
        <translation>Todo lo que se cambió se ha restaurado.</translation>
    </message>
    <message>
        <source>Undoing “%1” failed: %2</source>
        <translation>Deshacer «%1» falló: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>Still applied: %1</source>
        <translation>Sigue aplicado: %1</translation>
    </message>
    <message>
        <source>The journal %1 records what was done; roll it back again once the cause is fixed.</source>
        <translation>El diario %1 registra lo que se hizo; vuelva a revertirlo cuando se haya corregido la causa.</translation>
    </message>
    <message>
        <source>There is no journal to resume or roll back from.</source>
        <translation>No hay ningún diario desde el que reanudar o revertir.</translation>
    </message>
    <message>
        <source>The journal %1 records a run that has ended: there is nothing to resume or roll back.</source>
        <translation>El diario %1 registra una ejecución que ya terminó: no hay nada que reanudar ni revertir.</translation>
    </message>
    <message>
        <source>The journal %1 was written for another plan: its steps do not match.</source>
        <translation>El diario %1 se escribió para otro plan: sus pasos no coinciden.</translation>
    </message>
    <message>
        <source>The journal %1 records a dry run: nothing was changed.</source>
        <translation>El diario %1 registra una simulación: no se cambió nada.</translation>
    </message>
    <message>
        <source>The journal&apos;s record of “%1” cannot be read back; nothing was done.</source>
        <translation>No se puede releer el registro de «%1» en el diario; no se hizo nada.</translation>
    </message>
    <message>
        <source>Nothing was changed: the journal cannot be written (%1).</source>
        <translation>No se cambió nada: no se puede escribir el diario (%1).</translation>
    </message>
    <message>
        <source>The run was rolling back when it stopped; finishing the rollback.</source>
        <translation>La ejecución se estaba revirtiendo cuando se detuvo; se termina la reversión.</translation>
    </message>
    <message>
        <source>Rolling back the run that stopped.</source>
        <translation>Revirtiendo la ejecución que se detuvo.</translation>
    </message>
    <message>
        <source>The step failed: %1</source>
        <translation>El paso falló: %1</translation>
    </message>
    <message>
        <source>The step failed without saying why</source>
        <translation>El paso falló sin decir por qué</translation>
    </message>
    <message>
        <source>The step finished without a result</source>
        <translation>El paso terminó sin un resultado</translation>
    </message>
    <message>
        <source>the observation gave no result</source>
        <translation>la observación no dio ningún resultado</translation>
    </message>
    <message>
        <source>the observation failed without saying why</source>
        <translation>la observación falló sin decir por qué</translation>
    </message>
    <message>
        <source>the observation was cancelled</source>
        <translation>la observación se canceló</translation>
    </message>
    <message>
        <source>“%1” was interrupted while it was being applied, and whether it happened could not be established: %2</source>
        <translation>«%1» se interrumpió mientras se aplicaba, y no se pudo establecer si se produjo: %2</translation>
    </message>
    <message>
        <source>Nothing was undone or redone.</source>
        <translation>No se deshizo ni se rehízo nada.</translation>
    </message>
    <message>
        <source>The journal %1 records what was done; try again once the cause is fixed.</source>
        <translation>El diario %1 registra lo que se hizo; vuelva a intentarlo cuando se haya corregido la causa.</translation>
    </message>
</context>
<context>
    <name>PasswordRotationWizard</name>
    <message>
        <source>Datastores and recovery passphrase</source>
        <translation>Almacenes de datos y frase de recuperación</translation>
    </message>
    <message>
        <source>Each chosen datastore gets a new 32-character password. Until its Secret holds the new password, an encrypted recovery record does: give the passphrase that opens it (gpg --decrypt).</source>
        <translation>Cada almacén elegido recibe una contraseña nueva de 32 caracteres. Hasta que su Secret la contenga, la guarda un registro de recuperación cifrado: indique la frase que lo abre (gpg --decrypt).</translation>
    </message>
    <message>
        <source>Recovery &amp;passphrase:</source>
        <translation>&amp;Frase de recuperación:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>La frase necesita al menos %n carácter.</numerusform>
            <numerusform>La frase necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases no coinciden.</translation>
    </message>
    <message>
        <source>Rotate passwords</source>
        <translation>Rotar contraseñas</translation>
    </message>
    <message>
        <source>Credentials in the Secret %1</source>
        <translation>Credenciales en el Secret %1</translation>
    </message>
    <message>
        <source>No credentials Secret was found for it: nothing to rotate</source>
        <translation>No se encontró un Secret de credenciales: nada que rotar</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Excluidos: %1</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Aplicando</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Revirtiendo</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Rollback failed</source>
        <translation>Falló la reversión</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Revertido</translation>
    </message>
    <message>
        <source>Would apply</source>
        <translation>Se aplicaría</translation>
    </message>
    <message>
        <source>Done: every step applied and verified.</source>
        <translation>Hecho: todos los pasos aplicados y verificados.</translation>
    </message>
    <message>
        <source>Dry run passed: every step can be applied. Nothing was changed.</source>
        <translation>Ensayo superado: todos los pasos se pueden aplicar. No se cambió nada.</translation>
    </message>
    <message>
        <source>Dry run failed. Nothing was changed.</source>
        <translation>El ensayo falló. No se cambió nada.</translation>
    </message>
    <message>
        <source>A step failed; everything applied was rolled back.</source>
        <translation>Un paso falló; se revirtió todo lo aplicado.</translation>
    </message>
    <message>
        <source>A step failed and the rollback did not complete. Read the journal: it says what is left.</source>
        <translation>Un paso falló y la reversión no terminó. Lea el diario: dice lo que queda.</translation>
    </message>
    <message>
        <source>Cancelled; everything applied was rolled back.</source>
        <translation>Cancelado; se revirtió todo lo aplicado.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>What the operation will do, step by step. Nothing has been changed yet.</source>
        <translation>Lo que hará la operación, paso a paso. Todavía no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Preparing the operation…</source>
        <translation>Preparando la operación…</translation>
    </message>
    <message>
        <source>Cannot prepare the operation: %1</source>
        <translation>No se puede preparar la operación: %1</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Ensayo</translation>
    </message>
    <message>
        <source>Every step checks its preconditions against the live fleet and changes nothing.</source>
        <translation>Cada paso comprueba sus condiciones previas contra la flota real y no cambia nada.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Each step is applied, then verified against the live fleet. A failure or Cancel rolls back what was applied. Every step is written to the journal.</source>
        <translation>Cada paso se aplica y luego se verifica contra la flota real. Un fallo o Cancelar revierte lo aplicado. Cada paso se escribe en el diario.</translation>
    </message>
    <message>
        <source>I have reviewed the preview and want to change the live fleet</source>
        <translation>He revisado la vista previa y quiero cambiar la flota real</translation>
    </message>
    <message>
        <source>&amp;Apply now</source>
        <translation>&amp;Aplicar ahora</translation>
    </message>
    <message>
        <source>Auditor mode: operations are disabled. The preview and the dry run are all this mode allows.</source>
        <translation>Modo auditor: las operaciones están desactivadas. Este modo solo permite la vista previa y el ensayo.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Diario: %1</translation>
    </message>
    <message>
        <source>no operation was set up</source>
        <translation>no se configuró ninguna operación</translation>
    </message>
    <message>
        <source>the preview did not prepare a plan</source>
        <translation>la vista previa no preparó un plan</translation>
    </message>
    <message>
        <source>Cannot write the journal, so nothing was changed: %1</source>
        <translation>No se puede escribir el diario, así que no se cambió nada: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <source>Looking at what the interrupted step did</source>
        <translation>Examinando lo que hizo el paso interrumpido</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observado</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>PolicyController</name>
    <message>
        <source>The policy file is not used, the built-in policy grades instead: %1</source>
        <translation>El fichero de política no se usa, califica en su lugar la política integrada: %1</translation>
    </message>
    <message>
        <source>%1 accepted on %2 until %3, written to %4</source>
        <translation>%1 aceptado en %2 hasta %3, escrito en %4</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>%1 is renamed or disabled on this server (%2)</source>
        <translation>%1 está renombrado o desactivado en este servidor (%2)</translation>
    </message>
    <message>
        <source>%1 is not allowed for user &quot;%2&quot; (%3)</source>
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
        <source>this server has no setting &quot;%1&quot; (CONFIG GET returned nothing)</source>
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
    <message>
        <source>invalid number &quot;%1&quot; in a RESP header ending at offset %2</source>
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
        <source>%1 answered &apos;N&apos; to SSLRequest: TLS is off</source>
        <translation>%1 respondió &apos;N&apos; a SSLRequest: TLS está desactivado</translation>
    </message>
    <message>
        <source>%1 answered SSLRequest with 0x%2, not &apos;S&apos; or &apos;N&apos;: not a PostgreSQL server?</source>
        <translation>%1 respondió a SSLRequest con 0x%2, no con &apos;S&apos; ni &apos;N&apos;: ¿no es un servidor PostgreSQL?</translation>
    </message>
    <message>
        <source>the session&apos;s certificate could not be read back</source>
        <translation>no se pudo volver a leer el certificado de la sesión</translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation>cerrado: %1</translation>
    </message>
    <message>
        <source>chosen by the server&apos;s hello (cipher %1 of those offered); stopped at its certificate, before the key exchange</source>
        <translation>elegida por el saludo del servidor (cifrado %1 de los ofrecidos); detenido en su certificado, antes del intercambio de claves</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>autenticación</translation>
    </message>
    <message>
        <source>query</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>sin memoria</translation>
    </message>
    <message>
        <source>libpq has no socket: %1</source>
        <translation>libpq no tiene socket: %1</translation>
    </message>
    <message>
        <source>the connection is not ready for a query</source>
        <translation>la conexión no está lista para una consulta</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>sin resultado</translation>
    </message>
    <message>
        <source>no host given</source>
        <translation>no se indicó el host</translation>
    </message>
    <message>
        <source>no port given</source>
        <translation>no se indicó el puerto</translation>
    </message>
    <message>
        <source>no user given</source>
        <translation>no se indicó el usuario</translation>
    </message>
    <message>
        <source>could not write the CA to a temp file: %1</source>
        <translation>no se pudo escribir la CA en un archivo temporal: %1</translation>
    </message>
    <message>
        <source>not read: the probe was cancelled</source>
        <translation>no leído: se canceló la sonda</translation>
    </message>
    <message>
        <source>%1: cancelled during %2</source>
        <translation>%1: cancelado durante %2</translation>
    </message>
    <message>
        <source>DNS lookup of %1 failed: %2</source>
        <translation>falló la consulta DNS de %1: %2</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>no leído: %1</translation>
    </message>
    <message>
        <source>unrecognized configuration parameter &quot;%1&quot;: not a setting of this server</source>
        <translation>parámetro de configuración no reconocido «%1»: este servidor no tiene ese ajuste</translation>
    </message>
    <message>
        <source>not listed in pg_settings although role %1 may read all settings</source>
        <translation>no aparece en pg_settings aunque el rol %1 puede leer todos los ajustes</translation>
    </message>
    <message>
        <source>not visible to role %1: must be superuser or have privileges of pg_read_all_settings to examine it</source>
        <translation>no visible para el rol %1: hay que ser superusuario o tener los privilegios de pg_read_all_settings para examinarlo</translation>
    </message>
    <message>
        <source>not visible to role %1: must be superuser or have privileges of pg_read_all_settings to examine it (or this server version lacks it)</source>
        <translation>no visible para el rol %1: hay que ser superusuario o tener los privilegios de pg_read_all_settings para examinarlo (o esta versión del servidor no lo tiene)</translation>
    </message>
    <message>
        <source>the server returned no rows</source>
        <translation>el servidor no devolvió ninguna fila</translation>
    </message>
    <message>
        <source>%1 other sessions are hidden from this role (their TLS state needs pg_read_all_stats); the share counts the %2 it can see</source>
        <translation>%1 sesiones ajenas están ocultas para este rol (su estado TLS requiere pg_read_all_stats); la proporción cuenta las %2 que puede ver</translation>
    </message>
    <message>
        <source>permission denied for view pg_hba_file_rules: role %1 may not read it (superuser, or SELECT on the view and EXECUTE on its function, needed); not queried</source>
        <translation>permiso denegado para la vista pg_hba_file_rules: el rol %1 no puede leerla (hace falta superusuario, o SELECT sobre la vista y EXECUTE sobre su función); no se consultó</translation>
    </message>
    <message>
        <source>permission denied for table pg_authid: role %1 may not read it (superuser, or SELECT on it, needed); not queried</source>
        <translation>permiso denegado para la tabla pg_authid: el rol %1 no puede leerla (hace falta superusuario, o SELECT sobre ella); no se consultó</translation>
    </message>
    <message>
        <source>the probe itself connected without TLS</source>
        <translation>la propia sonda se conectó sin TLS</translation>
    </message>
    <message>
        <source>a connection without TLS was accepted, without a valid password (trust)</source>
        <translation>se aceptó una conexión sin TLS, sin una contraseña válida (trust)</translation>
    </message>
    <message>
        <source>refused by pg_hba.conf: %1</source>
        <translation>rechazada por pg_hba.conf: %1</translation>
    </message>
    <message>
        <source>a connection without TLS reaches password authentication: %1</source>
        <translation>una conexión sin TLS llega a la autenticación por contraseña: %1</translation>
    </message>
    <message>
        <source>connected with require_auth=scram-sha-256</source>
        <translation>conectado con require_auth=scram-sha-256</translation>
    </message>
    <message>
        <source>DNS lookup of %1 timed out after %2 ms</source>
        <translation>la consulta DNS de %1 agotó el tiempo tras %2 ms</translation>
    </message>
    <message>
        <source>timed out after %1 ms: no TCP connection</source>
        <translation>tiempo agotado tras %1 ms: sin conexión TCP</translation>
    </message>
    <message>
        <source>timed out after %1 ms: the server accepted the TCP connection but did not answer the TLS request</source>
        <translation>tiempo agotado tras %1 ms: el servidor aceptó la conexión TCP pero no respondió a la petición TLS</translation>
    </message>
    <message>
        <source>timed out after %1 ms waiting for the server&apos;s answer</source>
        <translation>tiempo agotado tras %1 ms esperando la respuesta del servidor</translation>
    </message>
    <message>
        <source>not read: a query timed out</source>
        <translation>no leído: una consulta agotó el tiempo</translation>
    </message>
    <message>
        <source>%1 (reading %2)</source>
        <translation>%1 (leyendo %2)</translation>
    </message>
    <message>
        <source>timed out after %1 ms without TLS</source>
        <translation>tiempo agotado tras %1 ms sin TLS</translation>
    </message>
    <message>
        <source>not read: the probe ran out of time</source>
        <translation>no leído: a la sonda se le acabó el tiempo</translation>
    </message>
    <message>
        <source>%1: the probe did not finish within %2 ms (overall limit), during %3</source>
        <translation>%1: la sonda no terminó en %2 ms (límite total), durante %3</translation>
    </message>
    <message>
        <source>%1: TLS verify failed: %2</source>
        <translation>%1: falló la verificación TLS: %2</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: falló %2: %3</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>DNS lookup</source>
        <translation>consulta DNS</translation>
    </message>
    <message>
        <source>queries</source>
        <translation>consultas</translation>
    </message>
    <message>
        <source>the plaintext check</source>
        <translation>la comprobación sin cifrar</translation>
    </message>
    <message>
        <source>the SCRAM check</source>
        <translation>la comprobación SCRAM</translation>
    </message>
    <message>
        <source>the probe&apos;s login used SCRAM-SHA-256 with channel binding (channel_binding=require)</source>
        <translation>el inicio de sesión de la sonda usó SCRAM-SHA-256 con vinculación de canal (channel_binding=require)</translation>
    </message>
    <message>
        <source>the server did not authenticate the probe with SCRAM and channel binding; no password was sent: %1</source>
        <translation>el servidor no autenticó la sonda con SCRAM y vinculación de canal; no se envió ninguna contraseña: %1</translation>
    </message>
    <message>
        <source>not testable without TLS and with libpq %1: channel binding needs TLS, require_auth needs libpq 16</source>
        <translation>no comprobable sin TLS y con libpq %1: la vinculación de canal necesita TLS, require_auth necesita libpq 16</translation>
    </message>
    <message>
        <source>%1: not a PEM certificate</source>
        <translation>%1: no es un certificado PEM</translation>
    </message>
    <message>
        <source>more than %1 login roles: only the first %1 by name were read</source>
        <translation>más de %1 roles con inicio de sesión: solo se leyeron los %1 primeros por nombre</translation>
    </message>
    <message>
        <source>no forward secrecy (static RSA key exchange)</source>
        <translation>sin secreto hacia adelante (intercambio de claves RSA estático)</translation>
    </message>
    <message>
        <source>no authentication (anonymous)</source>
        <translation>sin autenticación (anónima)</translation>
    </message>
    <message>
        <source>no encryption (NULL)</source>
        <translation>sin cifrado (NULL)</translation>
    </message>
    <message>
        <source>CBC with SHA-1</source>
        <translation>CBC con SHA-1</translation>
    </message>
    <message>
        <source>the server answered %1 with %2, which was not offered</source>
        <translation>el servidor respondió %1 con %2, que no se ofreció</translation>
    </message>
    <message>
        <source>%1 was not tried</source>
        <translation>%1 no se probó</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not offered (the local OpenSSL has none): %1</source>
        <translation>no ofrecidas (el OpenSSL local no las tiene): %1</translation>
    </message>
</context>
<context>
    <name>Probe::RabbitMqProbe</name>
    <message>
        <source>no plain AMQP port to check</source>
        <translation>no hay puerto AMQP sin cifrar que comprobar</translation>
    </message>
    <message>
        <source>the management API is not reachable from here</source>
        <translation>la API de gestión no es accesible desde aquí</translation>
    </message>
    <message>
        <source>not an AMQP method frame on channel 0</source>
        <translation>no es una trama de método AMQP en el canal 0</translation>
    </message>
    <message>
        <source>the AMQP frame is truncated or too large</source>
        <translation>la trama AMQP está truncada o es demasiado grande</translation>
    </message>
    <message>
        <source>the AMQP frame does not end with 0xCE</source>
        <translation>la trama AMQP no termina en 0xCE</translation>
    </message>
    <message>
        <source>an AMQP method %1.%2, not connection.start</source>
        <translation>un método AMQP %1.%2, no connection.start</translation>
    </message>
    <message>
        <source>%1: no AMQP answer within %2 ms</source>
        <translation>%1: sin respuesta AMQP en %2 ms</translation>
    </message>
    <message>
        <source>%1 answers AMQP in plaintext (protocol header %2)</source>
        <translation>%1 responde AMQP sin cifrar (cabecera de protocolo %2)</translation>
    </message>
    <message>
        <source>%1 answered the AMQP header with something else</source>
        <translation>%1 respondió a la cabecera AMQP con otra cosa</translation>
    </message>
    <message>
        <source>%1 answered the AMQP header with something else: %2</source>
        <translation>%1 respondió a la cabecera AMQP con otra cosa: %2</translation>
    </message>
    <message>
        <source>%1 answers AMQP in plaintext (connection.start from %2 %3)</source>
        <translation>%1 responde AMQP sin cifrar (connection.start de %2 %3)</translation>
    </message>
    <message>
        <source>the broker</source>
        <translation>el broker</translation>
    </message>
    <message>
        <source>%1 refuses connections: the plain AMQP port is closed</source>
        <translation>%1 rechaza las conexiones: el puerto AMQP sin cifrar está cerrado</translation>
    </message>
    <message>
        <source>%1 closed the connection on the AMQP header</source>
        <translation>%1 cerró la conexión ante la cabecera AMQP</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the management API did not answer: %2</source>
        <translation>%1: la API de gestión no respondió: %2</translation>
    </message>
    <message>
        <source>%1: the management API lets %2 in with the default password</source>
        <translation>%1: la API de gestión deja entrar a %2 con la contraseña por defecto</translation>
    </message>
    <message>
        <source>the login was refused; the user may exist with another password</source>
        <translation>se rechazó el inicio de sesión; el usuario puede existir con otra contraseña</translation>
    </message>
    <message>
        <source>%1: the management API refuses %2 (HTTP %3%4)</source>
        <translation>%1: la API de gestión rechaza a %2 (HTTP %3%4)</translation>
    </message>
    <message>
        <source>%1: the management API answered HTTP %2</source>
        <translation>%1: la API de gestión respondió HTTP %2</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only: nothing in this window can change the cluster</source>
        <translation>Solo lectura: nada en esta ventana puede cambiar el clúster</translation>
    </message>
    <message>
        <source>Auditor mode: the operations that patch Secrets, restart workloads, back up or restore are not offered, and secrets are never shown. It lasts until Proofer is closed.</source>
        <translation>Modo auditor: no se ofrecen las operaciones que modifican Secrets, reinician cargas de trabajo, hacen copias de seguridad o restauran, y los secretos nunca se muestran. Dura hasta que se cierre Proofer.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>%1 (%2)…</source>
        <translation>%1 (%2)…</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLÓ</translation>
    </message>
    <message>
        <source>Unfinished Operations</source>
        <translation>Operaciones sin terminar</translation>
    </message>
    <message>
        <source>These operations did not finish: Proofer or the machine stopped while they ran. Resume one to go on from the first step not applied, roll it back to undo what it applied, or abandon it to handle what is left by hand. Each journal says exactly what was done.</source>
        <translation>Estas operaciones no terminaron: Proofer o la máquina se detuvo mientras se ejecutaban. Reanude una para continuar desde el primer paso no aplicado, reviértala para deshacer lo que aplicó, o abandónela para ocuparse a mano de lo que quede. Cada diario dice exactamente lo que se hizo.</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>How far</source>
        <translation>Hasta dónde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Roll &amp;Back</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>&amp;Abandon…</source>
        <translation>&amp;Abandonar…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Running elsewhere (process %1)</source>
        <translation>En ejecución en otro lugar (proceso %1)</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>It ran in namespace %1: connect to it to resume or roll it back.</source>
        <translation>Se ejecutó en el espacio de nombres %1: conéctese a él para reanudarla o revertirla.</translation>
    </message>
    <message>
        <source>Connect to the cluster to resume or roll it back.</source>
        <translation>Conéctese al clúster para reanudarla o revertirla.</translation>
    </message>
    <message>
        <source>Resume: %1</source>
        <translation>Reanudar: %1</translation>
    </message>
    <message>
        <source>Roll back: %1</source>
        <translation>Revertir: %1</translation>
    </message>
    <message>
        <source>No operation is unfinished.</source>
        <translation>No hay ninguna operación sin terminar.</translation>
    </message>
    <message>
        <source>Auditor mode: operations are disabled.</source>
        <translation>Modo auditor: las operaciones están desactivadas.</translation>
    </message>
    <message>
        <source>The passwords are only in the encrypted recovery records. Their passphrase:</source>
        <translation>Las contraseñas solo están en los registros de recuperación cifrados. Su frase:</translation>
    </message>
    <message>
        <source>Resuming “%1”: making the plan again from the journal…</source>
        <translation>Reanudando «%1»: rehaciendo el plan a partir del diario…</translation>
    </message>
    <message>
        <source>Rolling back “%1”: making the plan again from the journal…</source>
        <translation>Revirtiendo «%1»: rehaciendo el plan a partir del diario…</translation>
    </message>
    <message>
        <source>Cancelled before anything was done.</source>
        <translation>Cancelado antes de hacer nada.</translation>
    </message>
    <message>
        <source>Cancelling: the running step finishes, then what was applied is rolled back…</source>
        <translation>Cancelando: el paso en curso termina y después se revierte lo aplicado…</translation>
    </message>
    <message>
        <source>Abandon Operation</source>
        <translation>Abandonar operación</translation>
    </message>
    <message>
        <source>Mark “%1” as abandoned? Nothing is changed on the cluster: what it applied (%2) stays as it is, and is yours to check by hand. The journal is kept.</source>
        <translation>¿Marcar «%1» como abandonada? No se cambia nada en el clúster: lo que aplicó (%2) se queda como está, y le toca comprobarlo a mano. El diario se conserva.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Abandoned: %1</source>
        <translation>Abandonada: %1</translation>
    </message>
    <message>
        <source>Reading the journals…</source>
        <translation>Leyendo los diarios…</translation>
    </message>
    <message>
        <source>Resuming “%1”: reading its journal again…</source>
        <translation>Reanudando «%1»: leyendo de nuevo su diario…</translation>
    </message>
    <message>
        <source>Rolling back “%1”: reading its journal again…</source>
        <translation>Revirtiendo «%1»: leyendo de nuevo su diario…</translation>
    </message>
    <message>
        <source>This run has ended or changed since the list was read.</source>
        <translation>Esta ejecución ha terminado o ha cambiado desde que se leyó la lista.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>not a snapshot: %1</source>
        <translation>no es una instantánea: %1</translation>
    </message>
    <message>
        <source>not a snapshot: it has no &quot;takenAt&quot;</source>
        <translation>no es una instantánea: no tiene «takenAt»</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Proofer snapshot (%2)</source>
        <translation>%1 no es una instantánea de Proofer (%2)</translation>
    </message>
    <message>
        <source>no &quot;schema&quot;</source>
        <translation>sin «schema»</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>info</source>
        <translation>informativa</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>cumple</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>no cumple</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>no evaluado</translation>
    </message>
    <message>
        <source>n/a</source>
        <comment>compliance status: not applicable</comment>
        <translation>n/d</translation>
    </message>
    <message>
        <source>failed check</source>
        <translation>comprobación fallida</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>sin puntuación</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of this translation, for &lt;html lang&gt;</comment>
        <translation>es</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Scanned at</source>
        <translation>Analizado el</translation>
    </message>
    <message>
        <source>Report generated at</source>
        <translation>Informe generado el</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Generado por</translation>
    </message>
    <message>
        <source>Proofer %1</source>
        <translation>Proofer %1</translation>
    </message>
    <message>
        <source>Datastores</source>
        <translation>Almacenes de datos</translation>
    </message>
    <message>
        <source>Fleet grade</source>
        <translation>Calificación de la flota</translation>
    </message>
    <message>
        <source>Snapshot SHA-256</source>
        <translation>SHA-256 de la instantánea</translation>
    </message>
    <message>
        <source>score %1 of 100</source>
        <translation>puntuación %1 de 100</translation>
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
    <message>
        <source>Deductions</source>
        <translation>Penalizaciones</translation>
    </message>
    <message>
        <source>No deduction: every assessed check passed.</source>
        <translation>Ninguna deducción: todas las comprobaciones evaluadas se cumplen.</translation>
    </message>
    <message>
        <source>Each failed check costs its weight over the datastore&apos;s assessed weight, scaled by the datastore&apos;s weight in the fleet; see docs/grading.md.</source>
        <translation>Cada comprobación fallida cuesta su peso sobre el peso evaluado del almacén de datos, escalado por el peso del almacén en la flota; véase docs/grading.md.</translation>
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
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Grades per datastore</source>
        <translation>Calificaciones por almacén de datos</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>No evaluadas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto de conexión</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation>Texto claro</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>on: %1</source>
        <translation>activado: %1</translation>
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
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), most severe first.</source>
        <translation>
            <numerusform>%n hallazgo, los más graves primero.</numerusform>
            <numerusform>%n hallazgos, los más graves primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: grade %2 (%3)</source>
        <translation>%1: calificación %2 (%3)</translation>
    </message>
    <message>
        <source>No finding.</source>
        <translation>Ningún hallazgo.</translation>
    </message>
    <message>
        <source>Fleet-wide</source>
        <translation>De toda la flota</translation>
    </message>
    <message>
        <source>Compliance matrix</source>
        <translation>Matriz de cumplimiento</translation>
    </message>
    <message>
        <source>No compliance control was evaluated.</source>
        <translation>No se ha evaluado ningún control de cumplimiento.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flota</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>No datastore presented a certificate.</source>
        <translation>Ningún almacén de datos ha presentado un certificado.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>No válido después de</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
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
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>intermedio</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integridad</translation>
    </message>
    <message>
        <source>This report was rendered from the audited snapshot whose SHA-256 is:</source>
        <translation>Este informe se ha generado a partir de la instantánea auditada cuyo SHA-256 es:</translation>
    </message>
    <message>
        <source>That snapshot is the output of &quot;proofer scan --format json&quot; for this scan, also kept in Proofer&apos;s scan history; &quot;sha256sum&quot; on the file prints the same value.</source>
        <translation>Esa instantánea es la salida de «proofer scan --format json» de este análisis, que también se conserva en el historial de análisis de Proofer; «sha256sum» sobre el fichero muestra el mismo valor.</translation>
    </message>
    <message>
        <source>Proofer evidence pack: %1</source>
        <translation>Paquete de evidencias de Proofer: %1</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>espacio de nombres %1</translation>
    </message>
    <message>
        <source>targets file %1</source>
        <translation>fichero de destinos %1</translation>
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
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>Fleet grade: %1 (%2)  critical %3, high %4, medium %5, low %6</source>
        <translation>Calificación de la flota: %1 (%2)  críticos %3, altos %4, medios %5, bajos %6</translation>
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
        <source>namespace %1 of context %2 (%3)</source>
        <translation>espacio de nombres %1 del contexto %2 (%3)</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>observado</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leído</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>inferido</translation>
    </message>
    <message>
        <source>attested</source>
        <translation>declarado</translation>
    </message>
    <message>
        <source>n/a</source>
        <comment>check outcome: not applicable</comment>
        <translation>n/d</translation>
    </message>
    <message>
        <source>No grade: %1</source>
        <translation>Sin calificación: %1</translation>
    </message>
    <message>
        <source>Not in the grade: %1</source>
        <translation>Fuera de la calificación: %1</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Every check, with its basis: observed (the live datastore), read (server settings, Kubernetes objects), inferred (derived from other facts), attested (the policy says so).</source>
        <translation>Cada comprobación, con su base: observado (el almacén de datos en vivo), leído (configuración del servidor, objetos de Kubernetes), inferido (deducido de otros hechos), declarado (lo dice la política).</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Evidence or reason</source>
        <translation>Evidencia o motivo</translation>
    </message>
    <message>
        <source>Down: not reached (%1). Not in the grade.</source>
        <translation>Caído: no alcanzado (%1). Fuera de la calificación.</translation>
    </message>
    <message>
        <source>pass: every applicable check passed on evidence for that datastore; fail: a critical or high check failed; partial: only lesser checks failed, some could not be assessed, or what can be observed shows a capability but not the control itself (see what each control requires as evidence); not assessed: nothing could be observed; n/a: the control does not concern this kind of datastore.</source>
        <translation>cumple: todas las comprobaciones aplicables se cumplieron con evidencia para ese almacén de datos; no cumple: falló una comprobación crítica o alta; parcial: solo fallaron comprobaciones menores, algunas no se pudieron evaluar, o lo que se puede observar muestra una capacidad pero no el propio control (vea qué evidencia requiere cada control); sin evaluar: no se pudo observar nada; n/d: el control no afecta a este tipo de almacén de datos.</translation>
    </message>
    <message>
        <source>Evidence required: %1</source>
        <translation>Evidencia requerida: %1</translation>
    </message>
    <message>
        <source>At best partial: %1</source>
        <translation>Como mucho, parcial: %1</translation>
    </message>
    <message>
        <source>Security validation checklist</source>
        <translation>Lista de validación de seguridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Fallan</translation>
    </message>
    <message>
        <source>DOWN (not reached)</source>
        <translation>CAÍDO (no alcanzado)</translation>
    </message>
    <message>
        <source>Fleet grade: N/A (%1)</source>
        <translation>Calificación de la flota: N/A (%1)</translation>
    </message>
    <message>
        <source>Security validation checklist:</source>
        <translation>Lista de validación de seguridad:</translation>
    </message>
    <message>
        <source>failing: %1</source>
        <translation>fallan: %1</translation>
    </message>
    <message>
        <source>PDF output needs the graphical platform layer (run with QT_QPA_PLATFORM=offscreen)</source>
        <translation>La salida PDF necesita la capa de plataforma gráfica (ejecute con QT_QPA_PLATFORM=offscreen)</translation>
    </message>
    <message>
        <source>the PDF output cannot be written</source>
        <translation>no se puede escribir la salida PDF</translation>
    </message>
    <message>
        <source>Severity: %1 (%2)</source>
        <translation>Severidad: %1 (%2)</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidencia:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Solución:</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>Referencias: %1</translation>
    </message>
    <message>
        <source>this build of Proofer cannot write PDF</source>
        <translation>esta compilación de Proofer no puede escribir PDF</translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation>no se ha podido escribir el PDF</translation>
    </message>
    <message>
        <source>the datastores, the grade and the findings, for a terminal</source>
        <translation>los almacenes de datos, la nota y los hallazgos, para un terminal</translation>
    </message>
    <message>
        <source>the audited snapshot (schema proofer.snapshot/v1)</source>
        <translation>la instantánea auditada (esquema proofer.snapshot/v1)</translation>
    </message>
    <message>
        <source>the evidence pack for auditors, one self-contained page</source>
        <translation>el paquete de evidencias para auditores, una página autocontenida</translation>
    </message>
    <message>
        <source>the same evidence pack on A4 pages (binary)</source>
        <translation>el mismo paquete de evidencias en páginas A4 (binario)</translation>
    </message>
    <message>
        <source>SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps)</source>
        <translation>SARIF 2.1.0 para el análisis de código (GitHub, GitLab, Azure DevOps)</translation>
    </message>
    <message>
        <source>JUnit XML: a test suite per datastore, a test per check</source>
        <translation>JUnit XML: una suite de pruebas por almacén de datos, una prueba por comprobación</translation>
    </message>
    <message>
        <source>the namespace (or targets file) as a whole</source>
        <translation>el espacio de nombres (o el fichero de destinos) en conjunto</translation>
    </message>
    <message>
        <source>%1. Severity %2; checked on %3.</source>
        <translation>%1. Severidad %2; comprobado en %3.</translation>
    </message>
    <message>
        <source>Reads: %1.</source>
        <translation>Lee: %1.</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Fix (%1)</source>
        <translation>Corrección (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 was not reached, its live checks are not assessed: %2</source>
        <translation>%1 no se alcanzó, sus comprobaciones en vivo no se evalúan: %2</translation>
    </message>
    <message>
        <source>capped at %1 while a %2 finding is open</source>
        <translation>limitada a %1 mientras haya un hallazgo %2 abierto</translation>
    </message>
    <message>
        <source>fleet capped at %1 while a critical finding is open</source>
        <translation>flota limitada a %1 mientras haya un hallazgo crítico abierto</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>integrada</translation>
    </message>
    <message>
        <source>%1 (accepted)</source>
        <translation>%1 (aceptado)</translation>
    </message>
    <message numerus="yes">
        <source>%n of them accepted by the policy: shown with the justification, not counted in the grade until they expire.</source>
        <translation>
            <numerusform>%n de ellos aceptado por la política: se muestra con la justificación, sin contar en la calificación hasta que caduque.</numerusform>
            <numerusform>%n de ellos aceptados por la política: se muestran con la justificación, sin contar en la calificación hasta que caduquen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted risk: %1</source>
        <translation>Riesgo aceptado: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address to listen on (%2): give ADDRESS:PORT, e.g. 127.0.0.1:9187, [::1]:9187 or :9187 for every interface</source>
        <translation>«%1» no es una dirección en la que escuchar (%2): indique DIRECCIÓN:PUERTO, p. ej. 127.0.0.1:9187, [::1]:9187 o :9187 para todas las interfaces</translation>
    </message>
    <message>
        <source>no port</source>
        <translation>sin puerto</translation>
    </message>
    <message>
        <source>the port is not a number from 0 to 65535</source>
        <translation>el puerto no es un número de 0 a 65535</translation>
    </message>
    <message>
        <source>an IPv6 address goes between brackets</source>
        <translation>una dirección IPv6 va entre corchetes</translation>
    </message>
    <message>
        <source>not an IP address; host names are not resolved</source>
        <translation>no es una dirección IP; los nombres de host no se resuelven</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>no se puede escuchar en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>Policy: built-in</source>
        <translation>Política: la integrada</translation>
    </message>
    <message>
        <source>Policy: %1 (SHA-256 %2)</source>
        <translation>Política: %1 (SHA-256 %2)</translation>
    </message>
    <message numerus="yes">
        <source>Accepted by the policy: %n failed check(s), not counted until they expire</source>
        <translation>
            <numerusform>Aceptada por la política: %n comprobación fallida, sin contar hasta que caduque</numerusform>
            <numerusform>Aceptadas por la política: %n comprobaciones fallidas, sin contar hasta que caduquen</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted risks (not in the grade until they expire):</source>
        <translation>Riesgos aceptados (fuera de la calificación hasta que caduquen):</translation>
    </message>
    <message>
        <source>--publish takes configmap or configmap/NAME, not &quot;%1&quot;</source>
        <translation>--publish admite configmap o configmap/NOMBRE, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--publish configmap/%1: a ConfigMap name here is 1 to %2 lowercase letters, digits and &apos;-&apos;, starting and ending with a letter or digit</source>
        <translation>--publish configmap/%1: aquí un nombre de ConfigMap tiene de 1 a %2 letras minúsculas, dígitos y &apos;-&apos;, y empieza y termina con una letra o un dígito</translation>
    </message>
    <message>
        <source>cannot start gzip decompression</source>
        <translation>no se puede iniciar la descompresión gzip</translation>
    </message>
    <message>
        <source>it decompresses to more than %1 KiB; nothing past that was read</source>
        <translation>se descomprime en más de %1 KiB; no se leyó nada más allá</translation>
    </message>
    <message>
        <source>the gzip stream ends early</source>
        <translation>el flujo gzip termina antes de tiempo</translation>
    </message>
    <message>
        <source>not a valid gzip stream</source>
        <translation>no es un flujo gzip válido</translation>
    </message>
    <message>
        <source>the snapshot could not be compressed</source>
        <translation>no se pudo comprimir la instantánea</translation>
    </message>
    <message>
        <source>the snapshot is too large to publish in a ConfigMap: %1 KiB of JSON is still %2 KiB compressed (gzip + base64), and a ConfigMap holds at most %3 KiB</source>
        <translation>la instantánea es demasiado grande para publicarla en un ConfigMap: %1 KiB de JSON siguen siendo %2 KiB comprimidos (gzip + base64), y un ConfigMap admite como mucho %3 KiB</translation>
    </message>
    <message>
        <source>ConfigMap &quot;%1&quot; is not a snapshot published by Proofer</source>
        <translation>el ConfigMap &quot;%1&quot; no es una instantánea publicada por Proofer</translation>
    </message>
    <message>
        <source>ConfigMap &quot;%1&quot; has no data key %2</source>
        <translation>el ConfigMap &quot;%1&quot; no tiene la clave de datos %2</translation>
    </message>
    <message>
        <source>ConfigMap &quot;%1&quot;: the snapshot is larger than %2 KiB</source>
        <translation>ConfigMap &quot;%1&quot;: la instantánea ocupa más de %2 KiB</translation>
    </message>
    <message>
        <source>ConfigMap &quot;%1&quot; has no binaryData key %2</source>
        <translation>el ConfigMap &quot;%1&quot; no tiene la clave binaryData %2</translation>
    </message>
    <message>
        <source>ConfigMap &quot;%1&quot;: binaryData is not valid base64</source>
        <translation>ConfigMap &quot;%1&quot;: binaryData no es base64 válido</translation>
    </message>
    <message>
        <source>ConfigMap &quot;%1&quot;: %2</source>
        <translation>ConfigMap &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>ConfigMap &quot;%1&quot;: unknown encoding &quot;%2&quot; (annotation %3)</source>
        <translation>ConfigMap &quot;%1&quot;: codificación desconocida &quot;%2&quot; (anotación %3)</translation>
    </message>
    <message>
        <source>%1: the connection to the cluster was closed before it was written</source>
        <translation>%1: la conexión con el clúster se cerró antes de escribirlo</translation>
    </message>
    <message>
        <source>ConfigMap &quot;%1&quot; in namespace &quot;%2&quot;</source>
        <translation>el ConfigMap &quot;%1&quot; del espacio de nombres &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 exists and is not labelled %2=proofer: it is not overwritten (choose another name with --publish configmap/NAME)</source>
        <translation>%1 existe y no tiene la etiqueta %2=proofer: no se sobrescribe (elija otro nombre con --publish configmap/NOMBRE)</translation>
    </message>
    <message>
        <source>%1 changed while it was being updated, twice (another Proofer publishing to it?): %2</source>
        <translation>%1 cambió mientras se actualizaba, dos veces (¿otro Proofer publicando en él?): %2</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Backup, passphrase and target</source>
        <translation>Copia, frase de contraseña y destino</translation>
    </message>
    <message>
        <source>The backup is decrypted and its integrity checked before anything else, then restored into a new scratch database and compared with the live one. The live database is renamed, and kept, only when you confirm.</source>
        <translation>La copia se descifra y se comprueba su integridad antes que nada; después se restaura en una base de datos temporal nueva y se compara con la activa. La base de datos activa solo se renombra (y se conserva) cuando usted lo confirma.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>Copia que restaurar</translation>
    </message>
    <message>
        <source>Encrypted backups (*.sql.gz.gpg)</source>
        <translation>Copias cifradas (*.sql.gz.gpg)</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>Archivo de &amp;copia:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Restore into:</source>
        <translation>&amp;Restaurar en:</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>&lt;database&gt;_&lt;datastore&gt;_&lt;time&gt;.sql.gz.gpg</source>
        <translation>&lt;database&gt;_&lt;datastore&gt;_&lt;time&gt;.sql.gz.gpg</translation>
    </message>
    <message>
        <source>%1 — database %2</source>
        <translation>%1 — base de datos %2</translation>
    </message>
    <message>
        <source>the backup&apos;s passphrase, or your secret key&apos;s</source>
        <translation>la frase de contraseña de la copia, o la de su clave secreta</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Rows in the dump</source>
        <translation>Filas en el volcado</translation>
    </message>
    <message>
        <source>Rows restored</source>
        <translation>Filas restauradas</translation>
    </message>
    <message>
        <source>Rows live now</source>
        <translation>Filas activas ahora</translation>
    </message>
    <message>
        <source>The restore was refused or failed:
%1</source>
        <translation>La restauración se rechazó o falló:
%1</translation>
    </message>
    <message>
        <source>See the failed step above.</source>
        <translation>Vea el paso fallido más arriba.</translation>
    </message>
    <message>
        <source>Integrity check passed. Dump header: pg_dump %1 of database %2 (server %3).</source>
        <translation>Comprobación de integridad superada. Cabecera del volcado: pg_dump %1 de la base de datos %2 (servidor %3).</translation>
    </message>
    <message>
        <source>Restored into the scratch database %1; beside it, the live database %2 as it is now.</source>
        <translation>Restaurada en la base de datos temporal %1; a su lado, la base de datos activa %2 tal como está ahora.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>Choose a backup file.</source>
        <translation>Elija un archivo de copia.</translation>
    </message>
    <message>
        <source>This is not a Proofer backup name (&lt;database&gt;_&lt;datastore&gt;_&lt;yyyyMMdd&gt;T&lt;HHmmss&gt;Z.sql.gz.gpg).</source>
        <translation>Este no es un nombre de copia de Proofer (&lt;database&gt;_&lt;datastore&gt;_&lt;yyyyMMdd&gt;T&lt;HHmmss&gt;Z.sql.gz.gpg).</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>El archivo no existe.</translation>
    </message>
    <message>
        <source>Database %1 of %2, taken %3 UTC.</source>
        <translation>Base de datos %1 de %2, tomada el %3 UTC.</translation>
    </message>
    <message>
        <source>Warning: %1&apos;s database is %2; a dump of %3 will be refused.</source>
        <translation>Atención: la base de datos de %1 es %2; un volcado de %3 será rechazado.</translation>
    </message>
    <message>
        <source>The dry run restores into a scratch database, compares it and drops it again. Applying restores again and swaps: %1 becomes %2 and stays until you drop it.</source>
        <translation>La prueba en seco restaura en una base de datos temporal, la compara y la vuelve a eliminar. Al aplicar se restaura de nuevo y se intercambia: %1 pasa a ser %2 y se conserva hasta que usted la elimine.</translation>
    </message>
    <message>
        <source>no PostgreSQL datastore named %1</source>
        <translation>no hay ningún almacén PostgreSQL llamado %1</translation>
    </message>
    <message>
        <source>Restore even if the backup is not signed by a key I trust</source>
        <translation>Restaurar aunque la copia de seguridad no esté firmada por una clave de confianza</translation>
    </message>
    <message>
        <source>Signed backups name their signer and are verified before anything is restored. Tick this only for a backup whose origin you have checked another way.</source>
        <translation>Las copias de seguridad firmadas indican su firmante y se verifican antes de restaurar nada. Marque esto solo para una copia cuyo origen haya comprobado por otra vía.</translation>
    </message>
    <message>
        <source>The dump ran as role %1.</source>
        <translation>El volcado se ejecutó como el rol %1.</translation>
    </message>
</context>
<context>
    <name>ScanActions</name>
    <message>
        <source>Rescan &amp;Thoroughly</source>
        <translation>Volver a analizar a &amp;fondo</translation>
    </message>
    <message>
        <source>Probe every datastore again and make every observation anew, reusing none whose fingerprint is unchanged (%1)</source>
        <translation>Sondear de nuevo todos los almacenes de datos y repetir todas las observaciones, sin reutilizar ninguna aunque su huella no haya cambiado (%1)</translation>
    </message>
</context>
<context>
    <name>ScanProgress</name>
    <message>
        <source>Signing in to %1 with %2…</source>
        <translation>Iniciando sesión en %1 con %2…</translation>
    </message>
    <message>
        <source>&amp;Cancel Sign-in</source>
        <translation>&amp;Cancelar inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Cancel Scan</source>
        <translation>&amp;Cancelar análisis</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>the datastore</source>
        <translation>el almacén de datos</translation>
    </message>
    <message>
        <source>it has no pod</source>
        <translation>no tiene ningún pod</translation>
    </message>
    <message>
        <source>No cluster connection to read events from</source>
        <translation>No hay conexión con un clúster de la que leer eventos</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The policy file cannot take an acceptance until its error is fixed: %1</source>
        <translation>El archivo de política no admite una aceptación hasta que se corrija su error: %1</translation>
    </message>
    <message>
        <source>%1: acceptedRisks is written on one line ([…]): add the acceptance by hand, or write the list one item a line</source>
        <translation>%1: acceptedRisks está escrito en una sola línea ([…]): añada la aceptación a mano, o escriba la lista con un elemento por línea</translation>
    </message>
    <message>
        <source>Proofer could not add the acceptance to this file&apos;s layout (%1): add it by hand</source>
        <translation>Proofer no pudo añadir la aceptación con la disposición de este archivo (%1): añádala a mano</translation>
    </message>
    <message>
        <source>%1: the acceptance would not read back as written: add it by hand</source>
        <translation>%1: la aceptación no se leería tal como se escribió: añádala a mano</translation>
    </message>
    <message>
        <source>%1: the policy file is larger than %2 KiB</source>
        <translation>%1: el fichero de política ocupa más de %2 KiB</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1</source>
        <translation>No se puede crear la carpeta de %1</translation>
    </message>
</context>
<context>
    <name>Session::FleetSession</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>no context is defined in %1</source>
        <translation>no hay ningún contexto definido en %1</translation>
    </message>
    <message>
        <source>no kubeconfig is loaded</source>
        <translation>no hay ningún kubeconfig cargado</translation>
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
    <message>
        <source>The scan is not kept in the history: %1</source>
        <translation>El escaneo no se guarda en el historial: %1</translation>
    </message>
    <message>
        <source>Secret %1 changed</source>
        <translation>El Secret %1 cambió</translation>
    </message>
    <message>
        <source>its pod is ready again</source>
        <translation>su pod vuelve a estar listo</translation>
    </message>
    <message>
        <source>cannot write the journal, so nothing was changed: %1</source>
        <translation>no se puede escribir el diario, así que no se cambió nada: %1</translation>
    </message>
    <message>
        <source>Reading the datastores&apos; logs…</source>
        <translation>Leyendo los registros de los almacenes de datos…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>thorough, every observation made in this scan</source>
        <translation>a fondo, todas las observaciones hechas en este análisis</translation>
    </message>
    <message numerus="yes">
        <source>observations of %n datastore(s) reused (fingerprint unchanged)</source>
        <translation>
            <numerusform>observaciones de %n almacén de datos reutilizadas (huella sin cambios)</numerusform>
            <numerusform>observaciones de %n almacenes de datos reutilizadas (huella sin cambios)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observed anew</source>
        <translation>
            <numerusform>%n observado de nuevo</numerusform>
            <numerusform>%n observados de nuevo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session::LiveView</name>
    <message>
        <source>forbidden</source>
        <translation>prohibido</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>pods</source>
        <translation>pods</translation>
    </message>
    <message>
        <source>PVCs</source>
        <translation>PVC</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <source>StatefulSets</source>
        <translation>StatefulSets</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Probing %1 again: %2</source>
        <translation>Sondeando %1 de nuevo: %2</translation>
    </message>
    <message>
        <source>New in the cluster, probing: %1</source>
        <translation>Nuevo en el clúster, sondeando: %1</translation>
    </message>
    <message>
        <source>No longer in the cluster: %1</source>
        <translation>Ya no está en el clúster: %1</translation>
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
        <source>● Live</source>
        <translation>● En vivo</translation>
    </message>
    <message>
        <source>Watching the pods, volumes, secrets and workloads of %1: rows change as the cluster does, without a rescan</source>
        <translation>Vigilando los pods, volúmenes, secrets y cargas de trabajo de %1: las filas cambian con el clúster, sin volver a analizar</translation>
    </message>
    <message>
        <source>◌ Reconnecting…</source>
        <translation>◌ Reconectando…</translation>
    </message>
    <message>
        <source>A watch of the cluster dropped and is coming back: %1</source>
        <translation>Una vigilancia del clúster se cortó y se está restableciendo: %1</translation>
    </message>
    <message>
        <source>%1 not watched: %2</source>
        <translation>%1 sin vigilar: %2</translation>
    </message>
    <message>
        <source>⚠ Not live (%1)</source>
        <translation>⚠ Sin tiempo real (%1)</translation>
    </message>
    <message>
        <source>Rows show the cluster as of the last scan: no watch of %1 was allowed.
%2</source>
        <translation>Las filas muestran el clúster tal como estaba en el último análisis: no se permitió vigilar nada de %1.
%2</translation>
    </message>
    <message>
        <source>◐ Live (%1; %2)</source>
        <translation>◐ En vivo (%1; %2)</translation>
    </message>
    <message>
        <source>Rows follow the %1 of %2 without a rescan; what is not watched shows as of the last scan.
%3</source>
        <translation>Las filas siguen %1 de %2 sin volver a analizar; lo que no se vigila se muestra como en el último análisis.
%3</translation>
    </message>
    <message>
        <source>⚠ %1 · %2: the namespace could not be read</source>
        <translation>⚠ %1 · %2: no se pudo leer el espacio de nombres</translation>
    </message>
    <message numerus="yes">
        <source>✖ %n datastore(s) down</source>
        <translation>
            <numerusform>✖ %n almacén de datos caído</numerusform>
            <numerusform>✖ %n almacenes de datos caídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n datastore(s) down</source>
        <translation>
            <numerusform>%n almacén de datos caído</numerusform>
            <numerusform>%n almacenes de datos caídos</numerusform>
        </translation>
    </message>
</context>
</TS>
