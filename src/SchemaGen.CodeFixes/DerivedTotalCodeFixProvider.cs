using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Analyzers.Diagnostics;

namespace SchemaGen.CodeFixes
{
    /// <summary>SG2001: rewrites the derived total of a broken total rule to the sum of its parts (the analyzer computed it).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DerivedTotalCodeFixProvider)), Shared]
    public sealed class DerivedTotalCodeFixProvider : SyntaxRewriteFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(SchemaGenRules.BrokenInvariantId);

        protected override SyntaxNode? FindTarget(SyntaxNode root, Diagnostic diagnostic)
            => diagnostic.Properties.TryGetValue(FixProperties.ReplacementLiteral, out string? literal) && literal is not null
                ? root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) as ExpressionSyntax
                : null;

        protected override string Title(SyntaxNode target, Diagnostic diagnostic) => "Set the total to " + diagnostic.Properties[FixProperties.ReplacementLiteral];

        protected override SyntaxNode Rewrite(SyntaxNode target, Diagnostic diagnostic)
            => SyntaxFactory.ParseExpression(diagnostic.Properties[FixProperties.ReplacementLiteral]!).WithTriviaFrom(target);
    }
}
