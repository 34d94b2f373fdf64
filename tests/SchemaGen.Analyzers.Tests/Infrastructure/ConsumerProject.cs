using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SchemaGen.Tests.Shared;

namespace SchemaGen.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// A consumer project in a workspace, as a build sees it: the generated sources of a schema and the consumer's own
    /// files in one compilation, the schema YAML as an additional file, and the preprocessor symbols the SDK defines
    /// for a .NET 10 target (so generated code takes its NET5_0_OR_GREATER branches). It reports what the compiler and
    /// the analyzers say, applies code fixes one at a time as the IDE would, and runs the built assembly.
    /// </summary>
    internal sealed class ConsumerProject
    {
        /// <summary>What the SDK defines for net10.0, among the symbols generated code tests.</summary>
        public static readonly string[] Net10Symbols = { "NET", "NET10_0", "NET10_0_OR_GREATER", "NET5_0_OR_GREATER", "NETCOREAPP", "NETCOREAPP3_0_OR_GREATER" };

        private readonly AdhocWorkspace _workspace = new();
        private readonly ProjectId _project;
        private readonly ImmutableArray<AdditionalText> _additionalFiles;

        public ConsumerProject(IEnumerable<(string Name, string Text)> generated, (string Path, string Text) schema, IEnumerable<(string Name, string Text)> documents,
            IEnumerable<string>? preprocessorSymbols = null)
        {
            _project = ProjectId.CreateNewId();
            var parse = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: preprocessorSymbols ?? Net10Symbols);
            var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
            Solution solution = _workspace.CurrentSolution.AddProject(ProjectInfo.Create(_project, VersionStamp.Create(), "Consumer", "Consumer", LanguageNames.CSharp,
                compilationOptions: options, parseOptions: parse, metadataReferences: TestReferences.All));
            foreach (var (name, text) in generated)
                solution = solution.AddDocument(DocumentId.CreateNewId(_project), name, SourceText.From(text), filePath: "/consumer/obj/Generated/" + name);
            foreach (var (name, text) in documents)
                solution = solution.AddDocument(DocumentId.CreateNewId(_project), name, SourceText.From(text), filePath: "/consumer/" + name);
            if (!_workspace.TryApplyChanges(solution)) throw new InvalidOperationException("the workspace refused the project");
            _additionalFiles = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(schema.Path, schema.Text));
        }

        private Project Project => _workspace.CurrentSolution.GetProject(_project)!;

        public Document Document(string name) => Project.Documents.Single(d => d.Name == name);

        public async Task<string> TextOf(string name) => (await Document(name).GetTextAsync()).ToString();

        /// <summary>The compiler's diagnostics and the analyzers', in the consumer's own files only.</summary>
        public async Task<IReadOnlyList<Diagnostic>> DiagnosticsAsync(params DiagnosticAnalyzer[] analyzers)
        {
            Compilation compilation = (await Project.GetCompilationAsync())!;
            var all = analyzers.Length == 0
                ? compilation.GetDiagnostics()
                : await compilation.WithAnalyzers(analyzers.ToImmutableArray(), new AnalyzerOptions(_additionalFiles)).GetAllDiagnosticsAsync();
            return all.Where(d => d.Location.SourceTree?.FilePath.Contains("/Generated/") == false && d.Severity != DiagnosticSeverity.Hidden).ToList();
        }

        /// <summary>
        /// Applies the first fix each provider offers for each diagnostic it can fix in one document, one at a time and
        /// re-diagnosing after each, as a user clicking through the light bulbs would. Returns how many fixes were applied.
        /// </summary>
        public async Task<int> FixAsync(string documentName, DiagnosticAnalyzer[] analyzers, params CodeFixProvider[] providers)
        {
            int applied = 0;
            var unfixable = new HashSet<(string, int)>();
            for (int round = 0; round < 100; round++)
            {
                var candidates = (await DiagnosticsAsync(analyzers))
                    .Where(d => d.Location.SourceTree?.FilePath.EndsWith("/" + documentName, StringComparison.Ordinal) == true)
                    .Where(d => !unfixable.Contains((d.Id, d.Location.SourceSpan.Start)))
                    .SelectMany(d => providers.Where(p => p.FixableDiagnosticIds.Contains(d.Id)).Select(p => (Diagnostic: d, Provider: p)))
                    .ToList();
                if (candidates.Count == 0) return applied;
                var (diagnostic, provider) = candidates[0];
                var actions = new List<CodeAction>();
                var context = new CodeFixContext(Document(documentName), diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
                await provider.RegisterCodeFixesAsync(context);
                if (actions.Count == 0)
                {
                    unfixable.Add((diagnostic.Id, diagnostic.Location.SourceSpan.Start));
                    continue;
                }
                foreach (CodeActionOperation operation in await actions[0].GetOperationsAsync(CancellationToken.None))
                    operation.Apply(_workspace, CancellationToken.None);
                applied++;
            }
            throw new InvalidOperationException("the fixes did not converge in 100 rounds");
        }

        /// <summary>Builds the project, loads it in a collectible context and calls a public static method without arguments.</summary>
        public async Task<object?> RunAsync(string typeName, string methodName)
        {
            Compilation compilation = (await Project.GetCompilationAsync())!;
            using var image = new MemoryStream();
            var emitted = compilation.Emit(image);
            if (!emitted.Success)
                throw new InvalidOperationException("the consumer does not build: " + string.Join("; ", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            var context = new AssemblyLoadContext("consumer", isCollectible: true);
            try
            {
                image.Position = 0;
                Assembly assembly = context.LoadFromStream(image);
                return assembly.GetType(typeName, throwOnError: true)!.GetMethod(methodName)!.Invoke(null, null);
            }
            finally
            {
                context.Unload();
            }
        }
    }
}
