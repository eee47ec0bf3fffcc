module.exports = require('../../deploy/webpack.service')('registry');
