using OutsourcingChecks.Loading;
using YamlDotNet.RepresentationModel;

namespace OutsourcingChecks.Tests.Support;

/// <summary>A node tree as one line of text (shape, texts, lines and columns), to compare trees from different readers.</summary>
public static class NodeText
{
    public static string Show(Node node) => node switch
    {
        ScalarNode s => $"'{s.Text}'@{s.Line}:{s.Column}",
        ListNode l => $"[{string.Join(", ", l.Items.Select(Show))}]@{l.Line}:{l.Column}",
        MapNode m => $"{{{string.Join(", ", m.Pairs.Select(p => Show(p.Key) + ": " + Show(p.Value)))}}}@{m.Line}:{m.Column}",
        _ => "?",
    };

    public static string Show(YamlNode node) => node switch
    {
        YamlScalarNode s => $"'{s.Value ?? ""}'@{s.Start.Line}:{s.Start.Column}",
        YamlSequenceNode l => $"[{string.Join(", ", l.Children.Select(Show))}]@{l.Start.Line}:{l.Start.Column}",
        YamlMappingNode m => $"{{{string.Join(", ", m.Children.Select(p => Show(p.Key) + ": " + Show(p.Value)))}}}@{m.Start.Line}:{m.Start.Column}",
        _ => "?",
    };
}
