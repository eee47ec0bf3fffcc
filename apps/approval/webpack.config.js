module.exports = require('../../deploy/webpack.service')('approval');
