// Writes FILE.gz beside FILE at the highest level, once at build time: the server sends it as it is to browsers that
// accept gzip (spring.web.resources.chain.compressed), instead of compressing the same 600 KB on every request.
const fs = require('fs');
const zlib = require('zlib');
for (const file of process.argv.slice(2)) {
  fs.writeFileSync(file + '.gz', zlib.gzipSync(fs.readFileSync(file), {level: 9}));
}
