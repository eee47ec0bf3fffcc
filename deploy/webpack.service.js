// One webpack config for every service (apps/<name>/webpack.config.js calls this):
// our code and the @ccpc/* libraries are bundled into dist/apps/<name>/main.js; packages
// from node_modules stay external, so the image installs them once.
const path = require('node:path');
const nodeExternals = require('webpack-node-externals');
const { TsconfigPathsPlugin } = require('tsconfig-paths-webpack-plugin');

module.exports = (service) => {
  const root = path.join(__dirname, '..');
  const tsConfig = path.join(root, 'apps', service, 'tsconfig.app.json');
  return {
    target: 'node',
    mode: 'none',
    entry: path.join(root, 'apps', service, 'src/main.ts'),
    output: { path: path.join(root, 'dist/apps', service), filename: 'main.js', clean: true },
    devtool: 'source-map',
    externalsPresets: { node: true },
    externals: [nodeExternals({ modulesDir: path.join(root, 'node_modules') })],
    resolve: {
      extensions: ['.ts', '.js'],
      plugins: [new TsconfigPathsPlugin({ configFile: tsConfig })],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: 'ts-loader',
          // The whole workspace is type-checked once by `npm run typecheck`.
          options: { configFile: tsConfig, transpileOnly: true },
          exclude: /node_modules/,
        },
      ],
    },
    optimization: { minimize: false, nodeEnv: false },
    stats: 'errors-warnings',
  };
};
