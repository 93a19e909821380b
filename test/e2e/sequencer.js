// The browser tests share one seeded system. Files run in name order, except the 下放 → 承接 chain
// (desk-chain.e2e.ts), which leaves the county market bureau holding an undertaken power that is
// not yet decomposed: run before publish.e2e.ts it made that file's list submission fail
// (DECOMPOSED, Art. 11). It runs last, whatever order jest's timing cache would choose.
const Sequencer = require('@jest/test-sequencer').default;

const LAST = ['desk-chain.e2e.ts'];
const rank = (path) => (LAST.some((name) => path.endsWith(name)) ? 1 : 0);

class E2ESequencer extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => rank(a.path) - rank(b.path) || a.path.localeCompare(b.path));
  }
}

module.exports = E2ESequencer;
