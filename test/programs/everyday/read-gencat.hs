-- Read GeneralCategory (-O1: base's numbered pieces of the derived Read)
import Data.Char
import Text.Read (readMaybe)
main :: IO ()
main = do
  print (read "Space" :: GeneralCategory, read " ( NotAssigned ) " :: GeneralCategory)
  print (read "[UppercaseLetter,OtherNumber,PrivateUse]" :: [GeneralCategory])
  print (readMaybe "Bogus" :: Maybe GeneralCategory, reads "MathSymbol rest" :: [(GeneralCategory, String)])
  print (map (\c -> read (show c) == c) [minBound .. maxBound :: GeneralCategory])
