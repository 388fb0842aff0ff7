filedesc://seed2.arc 0.0.0.0 20050614070144 text/plain 37
2 0 Seed
URL IP-address Archive-date

http://tides.example/ 10.0.0.1 20050614070159 text/html 200 ABCDEF - 0 seed2.arc 202
HTTP/1.1 200 OK
Content-Type: text/html

<!doctype html><title>Tide tables</title><article><h1>Spring tides this week</h1><p>High water at the quay reaches its peak on Thursday evening.</p></article>
