using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Analyzers.Diagnostics;

namespace SchemaGen.CodeFixes
{
    /// <summary>SG2007: names every argument of a generated row's constructor, from the parameter names the analyzer read.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NameCellArgumentsCodeFixProvider)), Shared]
    public sealed class NameCellArgumentsCodeFixProvider : SyntaxRewriteFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(SchemaGenRules.PositionalCellsId);

        protected override SyntaxNode? FindTarget(SyntaxNode root, Diagnostic diagnostic)
            => diagnostic.Properties.TryGetValue(FixProperties.ParameterNames, out string? names) && names is not null
               && root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is BaseObjectCreationExpressionSyntax { ArgumentList: { } arguments }
               && arguments.Arguments.Count == names.Split(',').Length
                ? arguments
                : null;

        protected override string Title(SyntaxNode target, Diagnostic diagnostic) => "Name the figures' columns";

        protected override SyntaxNode Rewrite(SyntaxNode target, Diagnostic diagnostic)
        {
            var list = (ArgumentListSyntax)target;
            string[] names = diagnostic.Properties[FixProperties.ParameterNames]!.Split(',');
            var named = list.Arguments.Select((argument, i) => argument.NameColon is not null
                ? argument
                : argument.WithNameColon(SyntaxFactory.NameColon(SyntaxFactory.IdentifierName(names[i]))).WithTriviaFrom(argument));
            return list.WithArguments(SyntaxFactory.SeparatedList(named, list.Arguments.GetSeparators()));
        }
    }
}
