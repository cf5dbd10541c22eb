//! The server stays layered: no module cycle anywhere in `server/src` (the rule in
//! `docs/ARCHITECTURE.md`), and the check itself catches the cycles it exists for.

use portineria_tests::modules::ModuleGraph;
use portineria_tests::repo_root;

#[test]
fn the_server_has_no_module_cycle() {
    let graph = ModuleGraph::read(&repo_root().join("server/src")).expect("server sources");
    assert!(graph.module_count() > 30, "read {} modules", graph.module_count());
    let cycles = graph.cycles();
    assert!(cycles.is_empty(), "module cycles in server/src:\n{}", cycles.join("\n"));
}

#[test]
fn the_cycle_check_catches_cycles() {
    let fixtures = repo_root().join("tests/fixtures");
    let cyclic = ModuleGraph::read(&fixtures.join("module_cycle")).expect("fixture").cycles();
    assert_eq!(cyclic.len(), 2, "{cyclic:#?}");
    assert!(cyclic.iter().any(|c| c.starts_with("{orders, stock}")), "{cyclic:#?}");
    assert!(cyclic.iter().any(|c| c.starts_with("{shop::basket, shop::till}")), "{cyclic:#?}");
    let layered = ModuleGraph::read(&fixtures.join("module_layered")).expect("fixture").cycles();
    assert!(layered.is_empty(), "{layered:#?}");
}
