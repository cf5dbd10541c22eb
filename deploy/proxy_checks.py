"""Checks for deploy/try-local.sh, with Python's standard library only.

proxy_checks.py SITE PORT_A PORT_B   a login on instance A is a session on instance B, and
                                     pages and the API answer through the proxy
proxy_checks.py --load SITE          requests through the proxy from 8 threads until
                                     interrupted (SIGINT), then the counts of answers by status
"""
import collections
import http.client
import re
import signal
import ssl
import sys
import threading
import urllib.parse

INSECURE = ssl._create_unverified_context()  # Caddy's own authority (tls internal)


def request(base, method, path, body=None, cookies=None):
    url = urllib.parse.urlsplit(base)
    if url.scheme == "https":
        connection = http.client.HTTPSConnection(url.hostname, url.port, context=INSECURE, timeout=15)
    else:
        connection = http.client.HTTPConnection(url.hostname, url.port, timeout=15)
    headers = {}
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    if body is not None:
        body = urllib.parse.urlencode(body)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    text = response.read().decode("utf-8", "replace")
    for header in response.headers.get_all("Set-Cookie") or []:
        name, _, rest = header.partition("=")
        cookies[name.strip()] = rest.split(";")[0]
    connection.close()
    return response.status, text


def checks(site, port_a, port_b):
    a, b = f"http://127.0.0.1:{port_a}", f"http://127.0.0.1:{port_b}"
    cookies = {}
    status, page = request(a, "GET", "/admin/login", cookies=cookies)
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    form = {"csrf": csrf, "email": "redattrice@prova.example", "password": "la portineria di prova"}
    status, _ = request(a, "POST", "/admin/login", body=form, cookies=cookies)
    assert status == 303, f"login on a: {status}"
    status, page = request(b, "GET", "/admin", cookies=cookies)
    assert status == 200 and "coop-pid" in page, f"session on b: {status}"
    print("a login on instance a is a session on instance b: 200")
    for path in ["/it/", "/ar/", "/zh/search?q=casa", "/api/v1/services?lang=ro"]:
        status, _ = request(site, "GET", path, cookies={})
        assert status == 200, f"{path}: {status}"
    print("pages and the API through the proxy: 200")


def load(site):
    paths = ["/it/", "/it/search?q=casa", "/api/v1/search?lang=it&q=lavoro", "/ro/", "/healthz"]
    counts = collections.Counter()
    stop = threading.Event()
    lock = threading.Lock()

    def worker(n):
        i = n
        while not stop.is_set():
            path = paths[i % len(paths)]
            i += 1
            try:
                status, _ = request(site, "GET", path, cookies={})
                key = str(status)
            except Exception as e:  # a refused or cut connection is a failed request
                key = type(e).__name__
            with lock:
                counts[key] += 1

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    for t in threads:
        t.join()
    total = sum(counts.values())
    failed = total - counts["200"]
    print(f"requests through the proxy during the rolling restart: {total}, failed: {failed}, by answer: {dict(counts)}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    if sys.argv[1] == "--load":
        load(sys.argv[2])
    else:
        checks(*sys.argv[1:4])
