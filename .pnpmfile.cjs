// Hooks pnpm runs in this repository. Only at pack/publish time: nothing here changes an install.
module.exports = {
  hooks: {
    /**
     * The published package.json carries what a user's install reads. devDependencies are for
     * building and testing here; published, they would name private workspace packages
     * (@smtpfix/test-utils) that no registry has, and versions no one needs.
     */
    beforePacking(pkg) {
      delete pkg.devDependencies;
      return pkg;
    },
  },
};
