filedesc://seed.arc 127.0.0.1 20140216050221 text/plain 65
1 0 Seed
URL IP-address Archive-date Content-type Archive-length

http://tides.example/a page.html 10.0.0.1 20140216050221 text/html 199
HTTP/1.0 200 OK
Content-Type: text/html

<!doctype html><title>Tide tables</title><article><h1>Spring tides this week</h1><p>High water at the quay reaches its peak on Thursday evening.</p></article>
