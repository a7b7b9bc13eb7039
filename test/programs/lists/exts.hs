{-# LANGUAGE OverloadedStrings, OverloadedLists #-}
import GHC.Exts (the, sortWith, groupWith, IsList (..), IsString (..))
import qualified GHC.Exts as E
import Data.List.NonEmpty (NonEmpty (..))
import Data.String (IsString)

newtype Name = Name String deriving Show
instance IsString Name where fromString = Name . map succ

main :: IO ()
main = do
  print (the [3, 3, 3 :: Int], the "aaa", sortWith negate [3, 1, 2 :: Int], sortWith snd [(1 :: Int, 'b'), (2, 'a')])
  print (groupWith (`mod` 3) [1 .. 10 :: Int], groupWith length (words "a bb c dd eee f" :: [String]))
  let xs = [1, 2, 3] :: [Int]
      ne = [4, 5, 6] :: NonEmpty Int
  print (xs, ne, E.toList ne, E.toList ("abc" :: String))
  print (E.fromList [7, 8 :: Int] :: NonEmpty Int, E.fromListN 2 "hi" :: String, E.fromListN 3 [1, 2, 3 :: Int] :: NonEmpty Int)
  print ("literal" :: String, "abc" :: Name, fromString "xyz" :: String, fromString "q" :: Name)
  print (length ("hello" :: String), (['a', 'b'] :: String) == "ab")
  case ([10, 20] :: NonEmpty Int) of
    x :| rest -> print (x, rest)
