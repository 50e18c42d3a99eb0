using Katas.Specs;

// Every kata's specs in one assembly: they run one at a time, kata by kata and step by step, and each
// kata's later steps stay locked while one of its earlier steps fails (see AllKatasAttribute).
[assembly: AllKatas]
[assembly: TestFramework(typeof(KataTestFramework))]
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]
