-- | Clean-room Data.Time.Calendar.Private for hs2stg (time-1.9.3): the
-- padding choice of time's number printing (Pad width character, or none),
-- the installed package's data type, which -O1 callers build.
module Data.Time.Calendar.Private
  ( PadOption (..)
  , padded
  ) where

data PadOption = Pad Int Char | NoPad

-- | A number in decimal, padded on the left (the sign goes first).
padded :: (Show t, Ord t, Num t) => PadOption -> t -> String
padded opt n
  | n < 0 = '-' : padded opt (negate n)
  | otherwise = case opt of
      NoPad -> s
      Pad w c -> replicate (w - length s) c ++ s
  where
    s = show n
