module.exports = require('../../jest.project').integration(__dirname);
