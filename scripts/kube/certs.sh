# shellcheck shell=bash
# The cluster's certificates (ECDSA P-256: quick to make), made once with openssl into $KUBE_PKI
# (0700): one CA for every server and client, a separate front-proxy CA for the aggregation
# layer's request headers (so a client certificate from the main CA can never claim a user
# through those headers), and the service-account key pair the API server and
# controller-manager share.

pki_ready() { [ -f "$KUBE_PKI/.complete" ]; }

make_certs() {
  pki_ready && return 0
  kube_log "making certificates in $KUBE_PKI"
  rm -rf "$KUBE_PKI"
  mkdir -p "$KUBE_PKI"
  chmod 700 "$KUBE_PKI"
  make_ca ca pinship-test-ca
  make_ca front-proxy-ca pinship-test-front-proxy-ca
  local services="DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc"
  services+=",DNS:kubernetes.default.svc.cluster.local,IP:${SERVICE_CIDR%.0/*}.1"
  make_cert ca apiserver kube-apiserver "" server "DNS:localhost,IP:127.0.0.1,$services"
  make_cert ca apiserver-kubelet-client kube-apiserver-kubelet-client system:masters client
  make_cert ca admin admin system:masters client
  make_cert ca controller-manager system:kube-controller-manager "" client
  make_cert ca scheduler system:kube-scheduler "" client
  make_cert ca kubelet "system:node:$KUBE_NODE" system:nodes client
  make_cert ca kubelet-serving "$KUBE_NODE" "" server "DNS:$KUBE_NODE,DNS:localhost,IP:127.0.0.1"
  make_cert ca metrics-server system:metrics-server "" client
  # The aggregator checks the name <service>.<namespace>.svc, whatever address it dials.
  make_cert ca metrics-server-serving metrics-server "" server \
    "DNS:metrics-server.kube-system.svc,DNS:localhost,IP:127.0.0.1"
  # etcd's gRPC gateway dials etcd itself with this certificate: it is a client too.
  make_cert ca etcd etcd "" peer "DNS:localhost,IP:127.0.0.1"
  make_cert ca etcd-client kube-apiserver-etcd-client "" client
  make_cert front-proxy-ca front-proxy-client front-proxy-client "" client
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$KUBE_PKI/sa.key" 2>/dev/null
  openssl pkey -in "$KUBE_PKI/sa.key" -pubout -out "$KUBE_PKI/sa.pub" 2>/dev/null
  touch "$KUBE_PKI/.complete"
}

make_ca() { # name common-name
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 -subj "/CN=$2" \
    -keyout "$KUBE_PKI/$1.key" -out "$KUBE_PKI/$1.crt" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
}

make_cert() { # ca name common-name organization server|client|peer [subjectAltNames]
  local ca="$1" name="$2" subject="/CN=$3" usage ext
  [ -z "$4" ] || subject="/O=$4$subject"
  case "$5" in server) usage=serverAuth ;; client) usage=clientAuth ;; *) usage=serverAuth,clientAuth ;; esac
  ext="$(mktemp)"
  {
    echo "basicConstraints=critical,CA:FALSE"
    echo "keyUsage=critical,digitalSignature,keyEncipherment"
    echo "extendedKeyUsage=$usage"
    [ -z "${6:-}" ] || echo "subjectAltName=$6"
  } >"$ext"
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "$subject" \
    -keyout "$KUBE_PKI/$name.key" -out "$KUBE_PKI/$name.csr" 2>/dev/null
  openssl x509 -req -in "$KUBE_PKI/$name.csr" -CA "$KUBE_PKI/$ca.crt" -CAkey "$KUBE_PKI/$ca.key" \
    -CAcreateserial -days 3650 -extfile "$ext" -out "$KUBE_PKI/$name.crt" 2>/dev/null
  rm -f "$ext" "$KUBE_PKI/$name.csr"
}

# A kubeconfig for one identity: write_kubeconfig file cert-name
write_kubeconfig() {
  local ca crt key
  ca="$(base64 -w0 <"$KUBE_PKI/ca.crt")"
  crt="$(base64 -w0 <"$KUBE_PKI/$2.crt")"
  key="$(base64 -w0 <"$KUBE_PKI/$2.key")"
  (umask 077; cat >"$1.tmp" <<YAML
apiVersion: v1
kind: Config
clusters:
- name: pinship-test
  cluster:
    server: https://127.0.0.1:$KUBE_API_PORT
    certificate-authority-data: $ca
users:
- name: $2
  user:
    client-certificate-data: $crt
    client-key-data: $key
contexts:
- name: pinship-test
  context: { cluster: pinship-test, user: $2 }
current-context: pinship-test
YAML
  )
  mv "$1.tmp" "$1"
}
