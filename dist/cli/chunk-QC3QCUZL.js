import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  budgetStop,
  fetchLiveDocuments
} from "./chunk-J6DKQGKA.js";
import "./chunk-OJWSPGPR.js";
import "./chunk-BJAUSDYO.js";
import "./chunk-5RUXINFM.js";
import "./chunk-ES4YV2IG.js";
import "./chunk-XSHH3W5D.js";
import "./chunk-VA35IVHB.js";
export {
  budgetStop,
  fetchLiveDocuments
};
