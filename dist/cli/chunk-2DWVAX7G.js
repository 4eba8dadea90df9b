import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isSecretFlag,
  isSecretKey,
  maskSecretValues,
  maskSecrets
} from "./chunk-DTYB2552.js";
import {
  isUnknown
} from "./chunk-ES4YV2IG.js";

// src/history/redact.ts
import { createHmac } from "node:crypto";
function redactAttributes(type, attributes, salt) {
  const hash = (value) => redactedMarker(value, salt);
  const redacted = redactValue(attributes, hash);
  if (type !== "k8s.core.secret") return redacted;
  for (const field of ["data", "stringData"]) {
    const values = redacted[field];
    if (isRecord(values)) redacted[field] = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, hashScalar(v, hash, true)]));
  }
  return redacted;
}
var SECRET_NAME = /(^|_)(PASSWORD|PASSWD|PASSPHRASE|SECRET|SECRET_KEY|SECRET_STRING|CLIENT_SECRET|TOKEN|API_?KEY|PRIVATE_KEY|ACCESS_KEY|AUTH_KEY|CREDENTIALS?|CONNECTION_STRING)(_|$)/;
var DESCRIPTIVE = /_(FILE|PATH|DIR|URL|URI|ENDPOINT|NAME|HOST|PORT|ID|ARN|TYPE|ENABLED|LENGTH|TTL|EXPIRY|EXPIRATION|TIMEOUT|HEADER|REF|KEY_ID|SECRET_NAME|MOUNT|LOCATION|FORMAT|ALGORITHM|VERSION|POLICY|ROTATION|REQUIRED)$/;
var SECRET_VALUE = [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, /\b(AKIA|ASIA)[0-9A-Z]{16}\b/];
function isSecretName(name) {
  const upper = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/[^A-Za-z0-9]+/g, "_").toUpperCase();
  return (SECRET_NAME.test(upper) || isSecretKey(name)) && !DESCRIPTIVE.test(upper);
}
function redactText(text, salt) {
  return redactString(text, (value) => redactedMarker(value, salt));
}
function redactValue(value, hash) {
  if (typeof value === "string") return redactString(value, hash);
  if (Array.isArray(value)) return value.map((item, i) => i > 0 && isSecretFlag(value[i - 1]) ? hashScalar(item, hash, false) : redactValue(item, hash));
  if (!isRecord(value) || isUnknown(value)) return value;
  const envEntry = typeof value.name === "string" && isSecretName(value.name);
  const out = {};
  for (const [key, item] of Object.entries(value)) {
    const secret = isSecretName(key) || envEntry && key === "value";
    out[key] = secret ? hashScalar(item, hash, false) : redactValue(item, hash);
  }
  return out;
}
var MAX_SCANNED_LENGTH = 64 * 1024;
function redactString(value, hash) {
  if (value.length > MAX_SCANNED_LENGTH || SECRET_VALUE.some((pattern) => pattern.test(value))) return hash(value);
  const inPlace = maskSecretValues(value, hash);
  return maskSecrets(inPlace) === inPlace ? inPlace : hash(value);
}
function hashScalar(value, hash, numbers) {
  if (typeof value === "string" && value !== "" || numbers && typeof value === "number") return hash(value);
  return redactValue(value, hash);
}
var REDACTED_PREFIX = "[redacted hmac:";
function redactedMarker(value, salt) {
  const digest = createHmac("sha256", salt).update(String(value)).digest("hex");
  return `${REDACTED_PREFIX}${digest.slice(0, 12)}]`;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export {
  redactAttributes,
  redactText
};
