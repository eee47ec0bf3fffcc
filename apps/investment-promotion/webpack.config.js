module.exports = require('../../deploy/webpack.service')('investment-promotion');
