import Data.Functor.Compose
import Control.Applicative

main :: IO ()
main = do
  let c = Compose [Just 1, Nothing, Just 3] :: Compose [] Maybe Int
  print c
  print (getCompose c)
  print (fmap (*2) c)
  print (showsPrec 11 c "")
  print (sum c, length c, maximum c, foldr (:) [] c, null c)
  print (traverse (\x -> [x, x+10]) (Compose (Just [1,2])))
  print (pure 4 :: Compose Maybe [] Int)
  print (Compose (Just [(+1), (*2)]) <*> Compose (Just [10, 20]))
  print (liftA2 (+) (Compose [Just 1]) (Compose [Just 2, Nothing]))
  print (c == c, c < Compose [], compare c (Compose [Just 0]))
  print (empty :: Compose Maybe [] Int)
  print (Compose [Just 1] <|> Compose [Nothing, Just 2])
  print (Compose (Just [1,2]) *> Compose (Just [3]))
  print (Compose (Just "ab") <* Compose (Just "xyz"))
  print (fmap show (Compose (Right (Just 5)) :: Compose (Either String) Maybe Int))
