import Data.Ord (Down (..))
import Data.List.NonEmpty (NonEmpty (..))
import Text.Read (readMaybe)

-- Read instances of the lists group's types: Down, Maybe, Either, NonEmpty
main :: IO ()
main = do
  print (read "Down 4" :: Down Int, read "(Down (-2))" :: Down Int, read "[Down 'a']" :: [Down Char])
  print (read "Just 5" :: Maybe Int, read " Nothing " :: Maybe Int, read "(Left 3)" :: Either Int Bool, read "[Right True,Left 0]" :: [Either Int Bool])
  print (read "1 :| [2,3]" :: NonEmpty Int, read "(5 :| [])" :: NonEmpty Int, read "Just ('a' :| \"bc\")" :: Maybe (NonEmpty Char))
  print (readMaybe "Down" :: Maybe (Down Int), readMaybe "Down 1 2" :: Maybe (Down Int), reads "Down 3 rest" :: [(Down Int, String)])
  print (readMaybe "1 :| []" :: Maybe (NonEmpty Int), readMaybe "1 :| 2" :: Maybe (NonEmpty Int), readMaybe "(1 :| [2]) :| []" :: Maybe (NonEmpty (NonEmpty Int)))
  print (readMaybe "Left (Just 2)" :: Maybe (Either (Maybe Int) ()), readMaybe "Right  Nothing" :: Maybe (Either () (Maybe Int)), readMaybe "Just Just 1" :: Maybe (Maybe (Maybe Int)))
  print (readsPrec 11 "Down 5" :: [(Down Int, String)], readsPrec 11 "(Down 5)" :: [(Down Int, String)], readsPrec 6 "1 :| []" :: [(NonEmpty Int, String)])
  print (read "[Down 1,Down 2]" :: [Down Int], read "(Down 'x', Just (Left 3))" :: (Down Char, Maybe (Either Int Bool)))
