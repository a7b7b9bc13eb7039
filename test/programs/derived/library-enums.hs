-- Derived Eq/Ord/Enum/Show of base's own enumerations: at -O1 GHC inlines
-- them as dataToTag# comparisons, which need base's constructor order.
import Data.Char (GeneralCategory (..), generalCategory)
import Data.List (nub, sort, sortOn)
import Data.Ord (Down (..), comparing)
import System.Exit (ExitCode (..))

main :: IO ()
main = do
  print (generalCategory 'a' == LowercaseLetter, generalCategory 'A' < LowercaseLetter)
  print (sort [GT, LT, EQ], maximum [LT, GT, EQ], minimum [GT, EQ])
  print (ExitFailure 2 == ExitSuccess, compare (ExitFailure 1) ExitSuccess)
  print (sort (map generalCategory "a1 B.$+\t"))
  print ([minBound .. maxBound :: GeneralCategory] !! 5, fromEnum Surrogate)
  print (succ UppercaseLetter, pred NotAssigned, [Space ..])
  print (nub (map generalCategory "hello, World 42!"))
  print (sortOn Down [MathSymbol, Control, LowercaseLetter, Format])
  print (sortOn fromEnum [OtherNumber, UppercaseLetter, Space], [LT ..])
  print (map fromEnum [UppercaseLetter, Space, NotAssigned], toEnum 12 :: GeneralCategory)
  print (comparing generalCategory 'x' '7', max ExitSuccess (ExitFailure 3))
  print ([minBound .. maxBound :: Ordering], [False ..], succ False)
