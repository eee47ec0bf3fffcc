module.exports = require('../../deploy/webpack.service')('assessment');
