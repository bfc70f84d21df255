// The formats the precompiled validators use (copied to dist/validators/formats.cjs by build-validators.mjs):
// ajv-formats' "full" formats, with a fast path for `uri`. Its regular expression (RFC 3986 with IPv6
// literals, case-insensitive) costs V8 10-20 ms to compile on first use, a large share of a one-file check.
// SIMPLE_URI is that expression with alternatives and optional parts removed (no userinfo, no IP literals,
// no IPv6, no percent-encoding, an authority required), so every string it accepts the full one accepts too;
// anything else is decided by the full expression.
'use strict';
const { fullFormats } = require('ajv-formats/dist/formats');

const SIMPLE_URI = /^[a-z][a-z0-9+\-.]*:\/\/[a-z0-9\-._~!$&'()*+,;=]*(?::\d*)?(?:\/[a-z0-9\-._~!$&'()*+,;=:@]*)*(?:\?[a-z0-9\-._~!$&'()*+,;=:@/?]*)?(?:#[a-z0-9\-._~!$&'()*+,;=:@/?]*)?$/i;
const fullUri = fullFormats.uri;

module.exports.fullFormats = { ...fullFormats, uri: (s) => SIMPLE_URI.test(s) || fullUri(s) };
module.exports.SIMPLE_URI = SIMPLE_URI;
