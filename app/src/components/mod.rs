//! Building blocks shared by the pages.

pub mod feedback;
pub mod frame;
pub mod icons;
pub mod listen;
pub mod print_button;
pub mod requirements;
pub mod search_box;
pub mod text;
pub mod tiles;
pub mod urgent;
