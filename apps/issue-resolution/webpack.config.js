module.exports = require('../../deploy/webpack.service')('issue-resolution');
