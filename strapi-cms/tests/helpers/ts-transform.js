// Minimal jest transformer: TypeScript -> CommonJS via typescript.transpileModule.
const ts = require("typescript")

module.exports = {
  process(sourceText, sourcePath) {
    const { outputText, sourceMapText } = ts.transpileModule(sourceText, {
      fileName: sourcePath,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
        resolveJsonModule: true,
        sourceMap: true,
        inlineSources: true,
      },
    })
    return { code: outputText, map: sourceMapText }
  },
}
