//! View models: what each chart shows, in the reader's language, with every string formatted.
//! Built once per dataset and language; the drawing and the DOM only read them.

mod forces;

pub use forces::{ForcesRow, ForcesVm};
