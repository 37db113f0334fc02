#!/bin/bash
# submission-sasl.sh SMTPS_PORT — the EXTRA of postfix-fixture.sh that makes its Postfix a mail
# submission server (RFC 6409, RFC 8314): the PORT it listens on requires STARTTLS and offers
# AUTH only after it (smtpd_tls_auth_only), and 127.0.0.1:SMTPS_PORT speaks implicit TLS
# (smtpd_tls_wrappermode). Authentication is Cyrus SASL with its own sasldb in RUN/sasl (apt:
# sasl2-bin, libsasl2-modules, libsasl2-modules-db): PLAIN and LOGIN, one user whose name is in
# WORK/user and whose password, made here at each start, is in WORK/password (mode 0600) for the
# tests that must find it nowhere else.
set -euo pipefail
smtps_port=$1
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo -n)
command -v saslpasswd2 >/dev/null || { echo "saslpasswd2 is missing (Debian package sasl2-bin)" >&2; exit 1; }

user=submitter
password=$(head -c18 /dev/urandom | base64 | tr -d '/+=' | head -c20)
umask 077
printf '%s' "$user" > "$WORK/user"
printf '%s' "$password" > "$WORK/password"
echo "$smtps_port" > "$WORK/smtps-port"

# Debian's smtpd reads CONFIG_DIRECTORY/sasl/smtpd.conf (and ignores cyrus_sasl_config_path).
mkdir -p "$RUN/sasl" "$RUN/conf/sasl"
cat > "$RUN/conf/sasl/smtpd.conf" <<EOC
pwcheck_method: auxprop
auxprop_plugin: sasldb
mech_list: PLAIN LOGIN
sasldb_path: $RUN/sasl/sasldb2
EOC
printf '%s' "$password" | saslpasswd2 -p -c -f "$RUN/sasl/sasldb2" -u mail.sceau.test "$user"
chmod 755 "$RUN/sasl" "$RUN/conf/sasl"; chmod 644 "$RUN/conf/sasl/smtpd.conf"
chmod 600 "$RUN/sasl/sasldb2"
"${as_root[@]}" chown postfix "$RUN/sasl/sasldb2"

postconf -c "$RUN/conf" -e \
    "smtpd_tls_security_level = encrypt" \
    "smtpd_tls_auth_only = yes" \
    "smtpd_sasl_auth_enable = yes" \
    "smtpd_sasl_type = cyrus" \
    "smtpd_sasl_path = smtpd" \
    "cyrus_sasl_config_path = $RUN/conf/sasl" \
    "smtpd_sasl_local_domain = \$myhostname" \
    "smtpd_sasl_security_options = noanonymous" \
    "smtpd_relay_restrictions = permit_sasl_authenticated, reject"
cat >> "$RUN/conf/master.cf" <<EOC
127.0.0.1:$smtps_port inet n - n - - smtpd
  -o smtpd_tls_wrappermode=yes
EOC
