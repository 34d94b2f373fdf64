using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SchemaGen.CodeFixes
{
    /// <summary>
    /// The shape every SchemaGen code fix has: a diagnostic names one syntax node to rewrite (or none, when this
    /// instance cannot be fixed), and the rewrite needs only that node and the diagnostic. From that, one place gives
    /// every fix the same equivalence key and a Fix All that rewrites every fixable instance of a document in one pass
    /// and skips the rest, so Fix All in the IDE and one <c>dotnet format analyzers</c> run fix all of one id whatever
    /// instance comes first.
    /// </summary>
    public abstract class SyntaxRewriteFixProvider : CodeFixProvider
    {
        /// <summary>The one equivalence key of this provider's fixes.</summary>
        public string EquivalenceKey => GetType().Name;

        /// <summary>The node a diagnostic's fix rewrites, or null when this instance has no fix.</summary>
        protected abstract SyntaxNode? FindTarget(SyntaxNode root, Diagnostic diagnostic);

        /// <summary>The fix's title in the IDE.</summary>
        protected abstract string Title(SyntaxNode target, Diagnostic diagnostic);

        /// <summary>The replacement of <paramref name="target"/> (whose own descendants may already be rewritten by other fixes).</summary>
        protected abstract SyntaxNode Rewrite(SyntaxNode target, Diagnostic diagnostic);

        /// <summary>
        /// What the fix needs to know beyond the diagnostic, as its properties: a provider whose diagnostics come from the
        /// compiler (no properties of ours) looks it up here in the semantic model. By default the diagnostic as it is.
        /// </summary>
        protected virtual Task<Diagnostic> DescribeAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
            => Task.FromResult(diagnostic);

        public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixDocumentAsync);

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            foreach (Diagnostic reported in context.Diagnostics)
            {
                Diagnostic diagnostic = await DescribeAsync(context.Document, reported, context.CancellationToken).ConfigureAwait(false);
                if (FindTarget(root, diagnostic) is not { } target) continue;
                Document document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(Title(target, diagnostic), ct => Task.FromResult(Apply(document, root, new[] { (target, diagnostic) }, ct)), EquivalenceKey),
                    reported);
            }
        }

        private async Task<Document?> FixDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return null;
            var fixes = new List<(SyntaxNode Target, Diagnostic Diagnostic)>();
            foreach (Diagnostic reported in diagnostics)
            {
                Diagnostic diagnostic = await DescribeAsync(document, reported, context.CancellationToken).ConfigureAwait(false);
                if (FindTarget(root, diagnostic) is { } target && fixes.All(f => f.Target != target)) fixes.Add((target, diagnostic));
            }
            return fixes.Count == 0 ? null : Apply(document, root, fixes, context.CancellationToken);
        }

        private Document Apply(Document document, SyntaxNode root, IReadOnlyList<(SyntaxNode Target, Diagnostic Diagnostic)> fixes, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var byTarget = fixes.ToDictionary(f => f.Target, f => f.Diagnostic);
            return document.WithSyntaxRoot(root.ReplaceNodes(byTarget.Keys, (original, rewritten) => Rewrite(rewritten, byTarget[original])));
        }
    }
}
