{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- | Clean-room Data.Time.Calendar.Week for hs2stg (time-1.9.3's API):
-- DayOfWeek, whose Enum numbers Monday 1 .. Sunday 7 and wraps around
-- (toEnum takes its argument modulo 7; enumFromTo goes round the week).
module Data.Time.Calendar.Week
  ( DayOfWeek (..)
  , dayOfWeek
  , zz_zdwzdcenumFromTo
  , zz_zdwzdcshowsPrec
  , zz_dayOfWeek1
  , zz_zdfReadDayOfWeek2
  ) where

import Data.Time.Calendar.Days
import GHC.Read (Read (..), choose, parens, readListPrecDefault)
import Text.ParserCombinators.ReadP (ReadP)
import Text.ParserCombinators.ReadPrec (readP_to_Prec, readPrec_to_P)

data DayOfWeek
  = Monday
  | Tuesday
  | Wednesday
  | Thursday
  | Friday
  | Saturday
  | Sunday

-- | As derived: a constructor's name, perhaps in parentheses.
instance Read DayOfWeek where
  readPrec = parens (readP_to_Prec zz_zdfReadDayOfWeek2)
  readListPrec = readListPrecDefault

-- | The constructors' names, not in parentheses (-O1 callers).
zz_zdfReadDayOfWeek2 :: Int -> ReadP DayOfWeek
zz_zdfReadDayOfWeek2 =
  readPrec_to_P
    ( choose
        [ ("Monday", return Monday)
        , ("Tuesday", return Tuesday)
        , ("Wednesday", return Wednesday)
        , ("Thursday", return Thursday)
        , ("Friday", return Friday)
        , ("Saturday", return Saturday)
        , ("Sunday", return Sunday)
        ]
    )

instance Show DayOfWeek where
  showsPrec _ = zz_zdwzdcshowsPrec

zz_zdwzdcshowsPrec :: DayOfWeek -> String -> String
zz_zdwzdcshowsPrec d s = name ++ s
  where
    name = case d of
      Monday -> "Monday"
      Tuesday -> "Tuesday"
      Wednesday -> "Wednesday"
      Thursday -> "Thursday"
      Friday -> "Friday"
      Saturday -> "Saturday"
      Sunday -> "Sunday"

-- Written out (not derived): derived Eq would compare constructor tags.
instance Eq DayOfWeek where
  a == b = fromEnum a == fromEnum b

instance Enum DayOfWeek where
  toEnum i = case i `mod` 7 of
    0 -> Sunday
    1 -> Monday
    2 -> Tuesday
    3 -> Wednesday
    4 -> Thursday
    5 -> Friday
    _ -> Saturday
  fromEnum Monday = 1
  fromEnum Tuesday = 2
  fromEnum Wednesday = 3
  fromEnum Thursday = 4
  fromEnum Friday = 5
  fromEnum Saturday = 6
  fromEnum Sunday = 7
  enumFromTo a b = case zz_zdwzdcenumFromTo a b of (# x, xs #) -> x : xs
  enumFromThenTo a b c
    | a == c = [a]
    | otherwise = a : enumFromThenTo b (toEnum (2 * fromEnum b - fromEnum a)) c

-- | Round the week from a to b: never empty.
zz_zdwzdcenumFromTo :: DayOfWeek -> DayOfWeek -> (# DayOfWeek, [DayOfWeek] #)
zz_zdwzdcenumFromTo a b
  | a == b = (# a, [] #)
  | otherwise = case zz_zdwzdcenumFromTo (succ a) b of (# x, xs #) -> (# a, x : xs #)

-- | MJD 0 (1858-11-17) was a Wednesday: 3 days after a Sunday.
zz_dayOfWeek1 :: Integer
zz_dayOfWeek1 = 3

dayOfWeek :: Day -> DayOfWeek
dayOfWeek (ModifiedJulianDay d) = toEnum (fromInteger (d + zz_dayOfWeek1))
