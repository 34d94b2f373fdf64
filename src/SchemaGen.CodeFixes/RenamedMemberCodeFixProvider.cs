using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Analyzers.Diagnostics;

namespace SchemaGen.CodeFixes
{
    /// <summary>
    /// SG2008 (CS0618 where the target framework has no ObsoleteAttribute.DiagnosticId): rewrites a use of a member
    /// that a format change renamed to the member it forwards to, as its [RenamedMember] says.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RenamedMemberCodeFixProvider)), Shared]
    public sealed class RenamedMemberCodeFixProvider : SyntaxRewriteFixProvider
    {
        private const string ObsoleteWarningId = "CS0618";
        private const string NewName = nameof(NewName);
        private const string RenamedMemberAttribute = "SchemaGen.Runtime.RenamedMemberAttribute";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(SchemaGenRules.RenamedMemberId, ObsoleteWarningId);

        /// <summary>The compiler's diagnostic carries no new name: it is read from the used member's [RenamedMember].</summary>
        protected override async Task<Diagnostic> DescribeAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SemanticModel? semantic = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || semantic is null || UsedName(root, diagnostic) is not { } name) return diagnostic;
            ISymbol? member = semantic.GetSymbolInfo(name, cancellationToken).Symbol;
            string? newName = member?.GetAttributes()
                .FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == RenamedMemberAttribute)?
                .ConstructorArguments.FirstOrDefault().Value as string;
            if (newName is null) return diagnostic;
            return Diagnostic.Create(diagnostic.Id, diagnostic.Descriptor.Category, diagnostic.GetMessage(), diagnostic.Severity, diagnostic.DefaultSeverity,
                diagnostic.Descriptor.IsEnabledByDefault, diagnostic.WarningLevel, location: diagnostic.Location,
                properties: ImmutableDictionary<string, string?>.Empty.Add(NewName, newName));
        }

        protected override SyntaxNode? FindTarget(SyntaxNode root, Diagnostic diagnostic)
            => diagnostic.Properties.ContainsKey(NewName) ? UsedName(root, diagnostic) : null;

        protected override string Title(SyntaxNode target, Diagnostic diagnostic) => "Use '" + diagnostic.Properties[NewName] + "'";

        protected override SyntaxNode Rewrite(SyntaxNode target, Diagnostic diagnostic)
            => SyntaxFactory.IdentifierName(diagnostic.Properties[NewName]!).WithTriviaFrom(target);

        /// <summary>The member's name where the diagnostic stands: <c>row.MadeThisYear</c>, <c>MadeThisYear = 3</c> in an initializer, or a bare name.</summary>
        private static SimpleNameSyntax? UsedName(SyntaxNode root, Diagnostic diagnostic)
            => root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) switch
            {
                MemberAccessExpressionSyntax access => access.Name as IdentifierNameSyntax,
                MemberBindingExpressionSyntax binding => binding.Name as IdentifierNameSyntax,
                IdentifierNameSyntax identifier => identifier,
                _ => null,
            };
    }
}
