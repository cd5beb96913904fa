//! Placeholder while porting.

use super::super::model::Slot;
use super::{Ctx, Proto};

pub(super) fn find(_ctx: &Ctx<'_, '_>, _proto: &mut Proto) -> Vec<Slot> {
    vec![]
}
