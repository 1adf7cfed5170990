/**
 * Packages that ship only as ES modules, which jest (CommonJS here) cannot require without node's
 * --experimental-vm-modules: pg-boss 12 and the ESM-only packages it imports. Both jest configs
 * (server, e2e) compile them to CommonJS with ts-jest instead, so `npx jest <file>` keeps working
 * as it is. Node itself requires them natively (>= 22.12), so the built server needs none of this.
 */
const ESM_PACKAGES = ['pg-boss', 'serialize-error', 'non-error'];
const packages = ESM_PACKAGES.join('|');

module.exports = {
  transform: {
    [`^.+/node_modules/(${packages})/.+\\.js$`]: [
      'ts-jest',
      {
        tsconfig: {
          allowJs: true,
          isolatedModules: true,
          module: 'commonjs',
          target: 'ES2022',
          esModuleInterop: true,
        },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${packages})/)`],
};
