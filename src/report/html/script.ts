/** The explorer's one inline script: the client parts in order, inside one strict-mode function. */
import { CORE } from './client/core.js';
import { DETAIL } from './client/detail.js';
import { EXPLORER } from './client/explorer.js';
import { HOME } from './client/home.js';
import { MAIN } from './client/main.js';

export const SCRIPT = ['(function () {', "'use strict';", CORE, HOME, EXPLORER, DETAIL, MAIN, '})();'].join('\n');
