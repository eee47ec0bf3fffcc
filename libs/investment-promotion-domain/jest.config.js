module.exports = require('../../jest.project').unit(__dirname);
