// The console's copy of config/ (config/src/console.ts) is the server's validated form: the same
// values loadConfig gives at start-up, checked by the same schemas, refused with the same message.
import * as bundled from '../../../config/src/console';
import { loadConfig } from '../../../config/src/index';
import { ConfigError, parseConfigFile } from '../../../config/src/parse';
import { tiersFile } from '../../../config/src/schema';

describe('config/src/console.ts', () => {
  const server = loadConfig();

  it('gives the console the values the server validated', () => {
    expect(bundled.tiers).toEqual(server.tiers);
    expect(bundled.roles).toEqual(server.roles);
    expect(bundled.powerTypes).toEqual(server.powerTypes);
    expect(bundled.importHeaders).toEqual(server.importHeaders);
    expect(bundled.workflow).toEqual(server.workflow);
    expect(bundled.assessment).toEqual(server.assessment);
    expect(bundled.deadlines).toEqual(server.deadlines);
    expect(bundled.accountability).toEqual(server.accountability);
    expect(bundled.security).toEqual(server.security);
  });

  it('refuses a file the server would refuse, naming the file and the path', () => {
    const broken = { tiers: [{ key: 'moon', name: '月球', codePrefixLength: 2, rank: 1 }] };
    expect(() => parseConfigFile('tiers.json', tiersFile, broken)).toThrow(ConfigError);
    expect(() => parseConfigFile('tiers.json', tiersFile, broken)).toThrow(/^config\/tiers\.json is invalid: .*tiers\.0\.key: Invalid enum value/);
  });
});
