//! Importing `content/` is idempotent: a second run writes nothing, and an index built from
//! the database answers the same.

use portineria::db::Database;
use portineria::write::import::import_dir;
use portineria_tests::repo_root;

#[tokio::test]
async fn importing_twice_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = Database::open(&portineria_tests::fresh_database_url(dir.path()).await).await.expect("database");
    let first = import_dir(&db, &repo_root().join("content")).await.expect("first import");
    assert!(first.files_imported >= 8 && first.services >= 30, "{first:?}");
    let version = db.data_version().await.expect("version");
    let services = db.count_services().await.expect("count");

    let second = import_dir(&db, &repo_root().join("content")).await.expect("second import");
    assert_eq!(second.files_imported, 0, "{second:?}");
    assert_eq!(second.files_unchanged, first.files_imported);
    assert_eq!(db.data_version().await.expect("version"), version, "nothing was written");
    assert_eq!(db.count_services().await.expect("count"), services);
}

#[tokio::test]
async fn a_changed_file_replaces_what_it_wrote_before() {
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = portineria_tests::content_copy();
    let content = copy.path().to_path_buf();
    let db = Database::open(&portineria_tests::fresh_database_url(dir.path()).await).await.expect("database");
    import_dir(&db, &content).await.expect("first import");
    let version = db.data_version().await.expect("version");

    let file = portineria_tests::organization_file(&content, "coop-pid");
    let text = std::fs::read_to_string(&file).expect("read");
    std::fs::write(&file, text.replace("Via della Mercede, 52", "Via della Mercede, 54")).expect("edit");
    let report = import_dir(&db, &content).await.expect("second import");
    assert_eq!(report.files_imported, 1, "{report:?}");
    assert!(db.data_version().await.expect("version") > version, "the index will see the change");
    let service = db
        .service_detail(
            portineria_app::lang::Lang::It,
            "pid-segretariato-sociale-intra-extra-murario",
            &Default::default(),
        )
        .await
        .expect("query")
        .expect("still there");
    assert_eq!(service.locations[0].address.as_deref(), Some("Via della Mercede, 54"));
    assert_eq!(service.locations.len(), 1, "the old location was replaced, not duplicated");
}
