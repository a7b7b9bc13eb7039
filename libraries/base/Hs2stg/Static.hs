-- GHC.StaticPtr's derived Show StaticPtrInfo, over a record of our own with
-- the same constructor and field names (GHC.StaticPtr.stg hands it the
-- fields). A module of our own (hs2stg's), compiled into
-- preludes/base/Hs2stg.Static.stg by scripts/gen-library-preludes.mjs.
module Hs2stg.Static (showsStaticPtrInfo) where

data StaticPtrInfo = StaticPtrInfo
  { spInfoUnitId :: String,
    spInfoModuleName :: String,
    spInfoSrcLoc :: (Int, Int)
  }
  deriving (Show)

showsStaticPtrInfo :: Int -> String -> String -> (Int, Int) -> ShowS
showsStaticPtrInfo d u m l = showsPrec d (StaticPtrInfo u m l)
