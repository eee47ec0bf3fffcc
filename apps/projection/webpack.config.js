module.exports = require('../../deploy/webpack.service')('projection');
