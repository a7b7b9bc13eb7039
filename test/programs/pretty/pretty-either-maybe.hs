-- Pretty instances of Either and Maybe at every precedence: -O1 code uses the
-- package's floated constructor-name constants by name.
import Text.PrettyPrint.HughesPJClass
import qualified Text.PrettyPrint.Annotated.HughesPJClass as A

main :: IO ()
main = do
  let vals = [Left 1, Right 2] :: [Either Int Int]
      mays = [Nothing, Just 3, Just (-4)] :: [Maybe Int]
  mapM_ (putStrLn . prettyShow) vals
  mapM_ (putStrLn . prettyShow) mays
  mapM_ (\p -> putStrLn (render (pPrintPrec prettyNormal p (Just (Left 5 :: Either Int Bool))))) [0, 10, 11]
  mapM_ (\v -> putStrLn (A.prettyShow v)) vals
  mapM_ (\v -> putStrLn (A.prettyShow v)) mays
  putStrLn (A.prettyShow (Just (Right (Just 7) :: Either Int (Maybe Int))))
  putStrLn (prettyShow [Left 'x', Right "yz" :: Either Char String])
